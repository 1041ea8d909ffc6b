package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hibernate checks its mapping against the schema Flyway made, and never makes or changes a table itself. */
class SchemaValidationTest {

    /** Mapped to a column the migrations never created. */
    @Entity
    @Table(name = "members")
    public static class MemberWithAnInventedColumn {
        @Id
        @Column(name = "slack_user_id")
        String slackUserId;
        @Column(name = "favourite_colour")
        String favouriteColour;
    }

    @Test
    void aMappingTheSchemaDoesNotHaveStopsStartUpAndTouchesNoTable() throws Exception {
        String url = "jdbc:h2:mem:validation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url, "sa", "", List.of(MemberWithAnInventedColumn.class))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, db::awaitReady);
            assertTrue(refused.getMessage().contains("schema does not match"), refused.getMessage());
            assertTrue(refused.getMessage().toLowerCase().contains("favourite_colour"), refused.getMessage());
            try (var c = db.dataSource().getConnection();
                 ResultSet columns = c.getMetaData().getColumns(null, null, "MEMBERS", "FAVOURITE_COLOUR")) {
                assertTrue(!columns.next(), "validation must not add the column");
            }
            assertTrue(!db.isReachable(), "/healthz stays unhealthy");
        }
    }

    @Test
    void theSchemaMigratesAndValidatesOnce() {
        String url = "jdbc:h2:mem:validation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url, "sa", "", List.of(Member.class, AuditEntry.class))) {
            db.awaitReady();
            assertTrue(db.migrationsApplied() > 10, "every migration ran on the empty database");
            assertTrue(db.isReachable());
        }
        try (Database again = Database.open(url, "sa", "", List.of(Member.class, AuditEntry.class))) {
            again.awaitReady();
            assertEquals(0, again.migrationsApplied(), "nothing is left to apply the second time");
        }
    }
}

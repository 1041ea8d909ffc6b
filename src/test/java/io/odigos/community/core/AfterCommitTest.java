package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a write asks to run after its commit runs then, once, and sees what was written; a rollback runs nothing. */
class AfterCommitTest {

    private static final String INSERT = "insert into badges_awarded (member_id, badge_id, awarded_at) values (?, ?, ?)";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:after-commit-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", List.of());
        db.awaitReady();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aHookRunsOnceAfterTheCommitAndSeesTheRowFromAnotherConnection() {
        List<Long> seen = new ArrayList<>();
        Runnable countRows = () -> seen.add(rowsSeenElsewhere());
        db.runInTransaction(em -> {
            Database.insertOnce(em, INSERT, "U1", "first-pr", NOW);
            db.afterCommit(countRows);
            db.afterCommit(countRows); // asked twice, run once
            assertEquals(List.of(), seen, "nothing runs before the commit");
        });
        assertEquals(List.of(1L), seen);
    }

    @Test
    void aRolledBackWriteRunsNoHook() {
        List<String> ran = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(em -> {
            db.afterCommit(() -> ran.add("woken"));
            throw new IllegalStateException("refused");
        }));
        assertEquals(List.of(), ran);
        db.runInTransaction(em -> { });
        assertEquals(List.of(), ran, "a later transaction does not inherit the hook");
    }

    @Test
    void aNestedTransactionsHooksRunWhenTheOutermostIsDone() {
        List<String> ran = new ArrayList<>();
        db.runInTransaction(em -> {
            db.runInTransaction(inner -> db.afterCommit(() -> ran.add("inner")));
            assertEquals(List.of(), ran);
        });
        assertEquals(List.of("inner"), ran);
    }

    @Test
    void askingOutsideATransactionIsAMistake() {
        assertThrows(IllegalStateException.class, () -> db.afterCommit(() -> { }));
    }

    private long rowsSeenElsewhere() {
        try (Connection c = db.dataSource().getConnection();
             ResultSet r = c.createStatement().executeQuery("select count(*) from badges_awarded")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

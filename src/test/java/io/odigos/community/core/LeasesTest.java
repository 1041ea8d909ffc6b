package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two instances on one database: one holds the lease while it renews it; the other takes over when it lapses. */
class LeasesTest {

    @Test
    void oneHolderAtATimeAndATakeOverOnceTheLeaseRunsOut() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        try (Database db = Database.open("jdbc:h2:mem:leases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                List.of())) {
            db.awaitReady();
            Leases first = new Leases(db, clock);
            Leases second = new Leases(db, clock);
            Duration length = Duration.ofSeconds(30);

            assertTrue(first.hold("refresh", length));
            assertFalse(second.hold("refresh", length), "held by the first instance");
            assertTrue(second.hold("other-work", length), "leases are by name");
            clock.advance(Duration.ofSeconds(5));
            assertTrue(first.hold("refresh", length));
            assertEquals(Instant.parse("2026-11-25T10:00:30Z"), heldUntil(db, "refresh"),
                    "with most of the lease left the holder does not write it again");
            clock.advance(Duration.ofSeconds(15));
            assertTrue(first.hold("refresh", length), "the holder renews");
            clock.advance(Duration.ofSeconds(20));
            assertFalse(second.hold("refresh", length), "renewed 20 s ago for 30 s: still held");
            clock.advance(Duration.ofSeconds(11));
            assertTrue(second.hold("refresh", length), "the first stopped renewing: the second takes over");
            assertFalse(first.hold("refresh", length), "and the first cannot take it back while it lasts");
        }
    }

    @Test
    void aStoppingHolderGivesTheLeaseUpSoAnotherTakesItAtOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        try (Database db = Database.open("jdbc:h2:mem:leases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                List.of())) {
            db.awaitReady();
            Leases stopping = new Leases(db, clock);
            Leases staying = new Leases(db, clock);
            Duration length = Duration.ofSeconds(30);

            assertTrue(stopping.hold("refresh", length));
            staying.release("refresh");
            assertFalse(staying.hold("refresh", length), "only the holder's release gives it up");
            stopping.release("refresh");
            assertTrue(staying.hold("refresh", length), "taken over with the whole lease still to run");
            assertFalse(stopping.hold("refresh", length), "and the one that gave it up does not hold it any more");
        }
    }

    private static Instant heldUntil(Database db, String name) {
        return db.inTransaction(em -> SqlValues.instant(em.createNativeQuery("select held_until from leases where name = ?1")
                .setParameter(1, name).getSingleResult()));
    }
}

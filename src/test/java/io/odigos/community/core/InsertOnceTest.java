package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Postgres;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A key inserted twice, in one transaction or two racing ones, is one row, and neither transaction fails. */
class InsertOnceTest {

    private static final String INSERT = "insert into badges_awarded (member_id, badge_id, awarded_at) values (?, ?, ?)";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);

    static Stream<String> databases() throws Exception {
        return Stream.of("jdbc:h2:mem:insert-once-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", Postgres.newDatabase());
    }

    private static Database open(String url) {
        return url.startsWith("jdbc:h2")
                ? Database.open(url, "sa", "", List.of())
                : Database.open(url, "postgres", Postgres.USER_PASSWORD, List.of());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRepeatedKeyIsReportedAndTheTransactionCarriesOn(String url) {
        try (Database db = open(url)) {
            db.awaitReady();
            db.runInTransaction(em -> {
                assertTrue(Database.insertOnce(em, INSERT, "U1", "first-pr", NOW));
                assertFalse(Database.insertOnce(em, INSERT, "U1", "first-pr", NOW));
                assertTrue(Database.insertOnce(em, INSERT, "U1", "docs-5", NOW), "later statements still run");
            });
            assertEquals(2L, count(db));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoTransactionsRacingForOneKeyLeaveOneRow(String url) throws Exception {
        try (Database db = open(url)) {
            db.awaitReady();
            CountDownLatch firstInserted = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> db.inTransaction(em -> {
                boolean added = Database.insertOnce(em, INSERT, "U2", "hacker", NOW);
                firstInserted.countDown();
                await(secondStarted); // commit only after the other transaction has tried the same key
                sleep();
                return added;
            }));
            assertTrue(firstInserted.await(10, TimeUnit.SECONDS));
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> db.inTransaction(em -> {
                secondStarted.countDown();
                boolean added = Database.insertOnce(em, INSERT, "U2", "hacker", NOW);
                Database.insertOnce(em, INSERT, "U2", "winner", NOW);
                return added;
            }));
            assertTrue(first.get(20, TimeUnit.SECONDS));
            assertFalse(second.get(20, TimeUnit.SECONDS));
            assertEquals(2L, count(db), "hacker once, and the second transaction's other row committed");
        }
    }

    private static long count(Database db) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from badges_awarded")
                .getSingleResult()).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the second transaction time to reach the key the first one holds. */
    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

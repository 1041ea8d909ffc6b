package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writes that arrive together share transactions; each caller gets its own result, and a bad write fails alone. */
class GroupCommitTest {

    private static final String INSERT = "insert into leases (name, holder, held_until) values (?, 'test', "
            + "timestamp with time zone '2026-11-25 10:00:00+00')";

    @Test
    void concurrentWritesAreAllCommittedAndAFailingOneFailsOnlyItsCaller() throws Exception {
        try (Database db = Database.open("jdbc:h2:mem:group-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                List.of())) {
            db.awaitReady();
            GroupCommit<String, Integer> writes = new GroupCommit<>(db, (em, name) -> {
                if (name.equals("bad")) {
                    throw new IllegalArgumentException("refused: " + name);
                }
                em.createNativeQuery(INSERT.replace("?", "'" + name + "'")).executeUpdate();
                return name.length();
            }, 16);
            int callers = 48;
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String name = i == 7 ? "bad" : "lease-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return writes.submit(name);
                }));
            }
            go.countDown();
            for (int i = 0; i < callers; i++) {
                if (i == 7) {
                    Future<Integer> bad = results.get(i);
                    var thrown = assertThrows(java.util.concurrent.ExecutionException.class, bad::get);
                    assertTrue(thrown.getCause() instanceof IllegalArgumentException, thrown.toString());
                } else {
                    assertEquals(("lease-" + i).length(), results.get(i).get(10, TimeUnit.SECONDS));
                }
            }
            pool.shutdown();
            long rows = db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from leases")
                    .getSingleResult()).longValue());
            assertEquals(callers - 1, rows, "every good write committed, even those grouped with the bad one");
        }
    }
}

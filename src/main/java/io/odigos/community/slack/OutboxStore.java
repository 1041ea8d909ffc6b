package io.odigos.community.slack;

import io.odigos.community.core.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The slack_outbox table: what is due per lane, claiming a row, and what became of each attempt. */
final class OutboxStore {

    /** How long a claimed row stays hidden from other instances while it is being sent. */
    private static final Duration LEASE = Duration.ofMinutes(1);

    /** How many due rows a pass reads per row it may send, so a few busy channels do not hide the others. */
    private static final int WINDOW = 4;

    private final Database database;
    private final Clock clock;

    OutboxStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Database database() {
        return database;
    }

    /**
     * The lane's oldest due rows, at most one per channel: a row waits while an earlier one of its channel and lane
     * is still pending (due, claimed or backing off), so each channel gets its messages in order. Two index-driven
     * reads, not one correlated subquery: under a 10,000-row fan-out H2 ran that subquery against the whole lane for
     * every row, and a pass took seconds.
     */
    List<OutboxEntry> due(Lane lane, int limit) {
        return database.inTransaction(em -> {
            List<OutboxEntry> due = em.createQuery("select o from OutboxEntry o where o.priority = :p "
                            + "and o.failedAt is null and o.notBefore <= :now order by o.id", OutboxEntry.class)
                    .setParameter("p", (short) lane.priority)
                    .setParameter("now", clock.instant())
                    .setMaxResults(limit * WINDOW)
                    .getResultList();
            if (due.isEmpty()) {
                return due;
            }
            Map<String, Long> firstPending = new HashMap<>();
            em.createQuery("select o.channel, min(o.id) from OutboxEntry o where o.priority = :p "
                            + "and o.failedAt is null and o.channel in :channels group by o.channel", Object[].class)
                    .setParameter("p", (short) lane.priority)
                    .setParameter("channels", due.stream().map(OutboxEntry::channel).distinct().toList())
                    .getResultList()
                    .forEach(row -> firstPending.put((String) row[0], (Long) row[1]));
            return due.stream().filter(o -> o.id().equals(firstPending.get(o.channel()))).limit(limit).toList();
        });
    }

    /** Moves the row's notBefore forward by a lease; only the instance whose update matched sends it. */
    boolean claim(OutboxEntry entry) {
        int claimed = database.inTransaction(em -> em.createQuery(
                        "update OutboxEntry o set o.notBefore = :lease where o.id = :id and o.notBefore = :seen")
                .setParameter("lease", clock.instant().plus(LEASE))
                .setParameter("id", entry.id())
                .setParameter("seen", entry.notBefore())
                .executeUpdate());
        return claimed == 1;
    }

    void delivered(OutboxEntry entry) {
        database.runInTransaction(em -> em.createQuery("delete from OutboxEntry o where o.id = :id")
                .setParameter("id", entry.id()).executeUpdate());
    }

    /** Records the failure: a transient one is tried again after a backoff, an undeliverable one is kept aside. */
    void failed(OutboxEntry entry, DeliveryException e) {
        Instant now = clock.instant();
        database.runInTransaction(em -> {
            OutboxEntry row = em.find(OutboxEntry.class, entry.id());
            if (row == null) {
                return;
            }
            if (e.isUndeliverable()) {
                row.markUndeliverable(now, e.getMessage());
            } else {
                row.retryAt(now.plus(e.isRateLimit() ? e.retryAfter() : Backoff.after(row.attempts())), e.getMessage());
            }
        });
    }

    /** Puts an undeliverable row back in its lane; false if there is no such undeliverable row. */
    boolean resend(long id) {
        return database.inTransaction(em -> em.createQuery("update OutboxEntry o set o.failedAt = null, o.attempts = 0, "
                        + "o.notBefore = :now where o.id = :id and o.failedAt is not null")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate()) == 1;
    }

    int resendAll() {
        return database.inTransaction(em -> em.createQuery("update OutboxEntry o set o.failedAt = null, o.attempts = 0, "
                        + "o.notBefore = :now where o.failedAt is not null")
                .setParameter("now", clock.instant()).executeUpdate());
    }

    /** How many rows are in each state, and when the oldest pending one was queued. */
    OutboxCounts counts() {
        return database.inTransaction(em -> {
            Object[] row = em.createQuery("select "
                            + "sum(case when o.failedAt is null and o.priority = 0 then 1 else 0 end), "
                            + "sum(case when o.failedAt is null and o.priority = 1 then 1 else 0 end), "
                            + "sum(case when o.failedAt is null and o.attempts > 0 then 1 else 0 end), "
                            + "sum(case when o.failedAt is not null then 1 else 0 end), "
                            + "min(case when o.failedAt is null then o.createdAt end) from OutboxEntry o", Object[].class)
                    .getSingleResult();
            return new OutboxCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]), (Instant) row[4]);
        });
    }

    /** The latest undeliverable rows, newest first. */
    List<Undeliverable> undeliverable(int limit) {
        return database.inTransaction(em -> em.createQuery(
                        "select o from OutboxEntry o where o.failedAt is not null order by o.failedAt desc, o.id desc",
                        OutboxEntry.class).setMaxResults(limit).getResultList().stream()
                .map(o -> new Undeliverable("outbox:" + o.id(), o.channel(), o.text(), o.lastError(), o.failedAt()))
                .toList());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The outbox table in figures; {@code oldestPending} is null when nothing waits. */
    record OutboxCounts(long urgent, long bulk, long retrying, long undeliverable, Instant oldestPending) {
    }
}

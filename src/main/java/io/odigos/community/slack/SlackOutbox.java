package io.odigos.community.slack;

import io.odigos.community.core.Database;
import io.odigos.community.core.Leases;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages promised inside a transaction are written to the outbox table with it; one worker thread sends them
 * through the {@link SlackPoster} after the request was acknowledged, in order per channel, and keeps live
 * messages fresh through the registered {@link MessageRefresher}s. A row is deleted only once Slack took it.
 */
public final class SlackOutbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackOutbox.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;
    /** How long a claimed row stays hidden from other instances while it is being sent. */
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration IDLE_WAIT = Duration.ofMillis(500);
    /** Live posts are refreshed by one instance at a time, so a new item is posted to the channel once. */
    static final String REFRESH_LEASE = "slack-refreshers";
    private static final Duration REFRESH_LEASE_LENGTH = Duration.ofSeconds(30);

    private final Database database;
    private final SlackPoster poster;
    private final Clock clock;
    private final Leases leases;
    private final List<MessageRefresher> refreshers = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private Thread worker;

    public SlackOutbox(Database database, SlackPoster poster, Clock clock) {
        this.database = database;
        this.poster = poster;
        this.clock = clock;
        this.leases = new Leases(database, clock);
    }

    public void addRefresher(MessageRefresher refresher) {
        refreshers.add(refresher);
    }

    /** Queues a message in the caller's transaction; call {@link #wake()} once it has committed. */
    public void enqueue(EntityManager em, OutgoingMessage message) {
        em.persist(new OutboxEntry(message, clock.instant()));
    }

    /** Queues a message on its own, for replies that follow no other change. */
    public void send(OutgoingMessage message) {
        database.runInTransaction(em -> enqueue(em, message));
        wake();
    }

    /** Tells the worker there is something to send now rather than at its next poll. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "slack-outbox");
        worker.setDaemon(true);
        worker.start();
    }

    /** Messages not yet sent (including failed ones), for health and tests. */
    public long pending() {
        return database.inTransaction(em -> em.createQuery(
                "select count(o) from OutboxEntry o where o.failedAt is null", Long.class).getSingleResult());
    }

    private void loop() {
        while (running) {
            int sent = 0;
            try {
                sent = drainOnce();
            } catch (RuntimeException e) {
                log.error("outbox pass failed; retrying shortly", e);
            }
            if (sent == 0) {
                awaitWork();
            }
        }
    }

    private void awaitWork() {
        lock.lock();
        try {
            if (!woken) {
                work.await(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** One pass: due outbox rows first (in order per channel), then live-message refreshes. Returns calls made. */
    int drainOnce() {
        int sent = 0;
        Set<String> held = new HashSet<>();
        for (OutboxEntry entry : due()) {
            if (held.contains(entry.channel()) || !poster.isReady(entry.channel())) {
                held.add(entry.channel()); // later messages to this channel wait behind this one
                continue;
            }
            if (!claim(entry)) {
                continue;
            }
            if (deliver(entry)) {
                sent++;
            } else {
                held.add(entry.channel());
            }
        }
        if (!refreshers.isEmpty() && leases.hold(REFRESH_LEASE, REFRESH_LEASE_LENGTH)) {
            for (MessageRefresher refresher : refreshers) {
                sent += refresher.refreshPending(poster);
            }
        }
        return sent;
    }

    private List<OutboxEntry> due() {
        return database.inTransaction(em -> em.createQuery(
                        "select o from OutboxEntry o where o.failedAt is null and o.notBefore <= :now order by o.id",
                        OutboxEntry.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList());
    }

    /** Moves the row's notBefore forward by a lease; only the instance whose update matched sends it. */
    private boolean claim(OutboxEntry entry) {
        Instant leaseEnd = clock.instant().plus(LEASE);
        int claimed = database.inTransaction(em -> em.createQuery(
                        "update OutboxEntry o set o.notBefore = :lease where o.id = :id and o.notBefore = :seen")
                .setParameter("lease", leaseEnd)
                .setParameter("id", entry.id())
                .setParameter("seen", entry.notBefore())
                .executeUpdate());
        return claimed == 1;
    }

    private boolean deliver(OutboxEntry entry) {
        try {
            poster.post(entry.message());
            database.runInTransaction(em -> em.createQuery("delete from OutboxEntry o where o.id = :id")
                    .setParameter("id", entry.id()).executeUpdate());
            return true;
        } catch (DeliveryException e) {
            Instant now = clock.instant();
            database.runInTransaction(em -> {
                OutboxEntry row = em.find(OutboxEntry.class, entry.id());
                if (row == null) {
                    return;
                }
                if (e.isPermanent() || row.attempts() + 1 >= MAX_ATTEMPTS) {
                    row.fail(now, e.getMessage());
                    log.warn("gave up on a message to {} after {} attempts: {}", row.channel(), row.attempts(), e.getMessage());
                } else {
                    Duration wait = e.isRateLimit() ? e.retryAfter() : Duration.ofSeconds(1L << Math.min(row.attempts(), 8));
                    row.retryAt(now.plus(wait), e.getMessage());
                }
            });
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        Thread t = worker;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

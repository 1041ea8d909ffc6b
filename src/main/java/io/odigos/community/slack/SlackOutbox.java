package io.odigos.community.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.odigos.community.core.Database;
import io.odigos.community.core.Leases;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages promised inside a transaction are written to the outbox table with it; after the request was
 * acknowledged, one worker thread per {@link Lane} sends them through the {@link SlackPoster}, in order per channel.
 * A row is deleted only once Slack took it; a transient failure is tried again after a backoff for as long as it
 * takes, and one Slack refuses for good is kept as undeliverable. The urgent lane also keeps live messages fresh
 * through the registered {@link MessageRefresher}s.
 */
public final class SlackOutbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackOutbox.class);
    private static final int BATCH = 50;
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);
    private static final Duration IDLE_WAIT = Duration.ofMillis(500);
    /** After a pass that left due rows for lack of pace: Slack's pace frees the next call within about this long. */
    private static final Duration PACE_WAIT = Duration.ofMillis(100);
    /** Live posts are refreshed by one instance at a time, so a new item is posted to the channel once. */
    static final String REFRESH_LEASE = "slack-refreshers";
    private static final Duration REFRESH_LEASE_LENGTH = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final SlackPoster poster;
    private final Clock clock;
    private final Leases leases;
    // what passes through; what stands (pending, retrying, undeliverable) is read from the table (DeliveryStatus)
    private final Counter delivered;
    private final Counter retries;
    private final List<MessageRefresher> refreshers = new CopyOnWriteArrayList<>();
    private final List<LaneWorker> workers = new ArrayList<>();
    /** Set at shutdown: a pass claims no further row, so every row is either sent here or left for another instance. */
    private volatile boolean stopping;
    private volatile boolean started;
    /** One instance, so a transaction that queues ten thousand messages wakes the workers once. */
    private final Runnable wakeWorkers = this::wake;

    public SlackOutbox(Database database, SlackPoster poster, Clock clock, MeterRegistry metrics) {
        this.store = new OutboxStore(database, clock);
        this.poster = poster;
        this.clock = clock;
        this.leases = new Leases(database, clock);
        this.delivered = Counter.builder("odigos.bot.outbox.delivered")
                .description("Messages and live posts Slack took from the outbox").register(metrics);
        this.retries = Counter.builder("odigos.bot.outbox.retries")
                .description("Outbox sends that failed for now and will be tried again").register(metrics);
        for (Lane lane : Lane.values()) {
            workers.add(new LaneWorker(lane));
        }
    }

    public void addRefresher(MessageRefresher refresher) {
        refreshers.add(refresher);
    }

    /** Queues an urgent message in the caller's transaction; it is sent as soon as that transaction commits. */
    public void enqueue(EntityManager em, OutgoingMessage message) {
        em.persist(new OutboxEntry(message, Lane.URGENT, clock.instant()));
        liveMessagesChanged();
    }

    /** Queues one message of a fan-out (a DM to every voter): sent with what urgent messages leave. */
    public void enqueueBulk(EntityManager em, OutgoingMessage message) {
        em.persist(new OutboxEntry(message, Lane.BULK, clock.instant()));
        liveMessagesChanged();
    }

    /** Queues a message on its own, for replies that follow no other change. */
    public void send(OutgoingMessage message) {
        store.database().runInTransaction(em -> enqueue(em, message));
    }

    /**
     * The current transaction changed what a live message shows (a post's status or title): the refreshers look as
     * soon as it commits rather than at their next poll. Queuing a message does the same.
     */
    public void liveMessagesChanged() {
        store.database().afterCommit(wakeWorkers);
    }

    /** Tells the workers there is something to send now rather than at their next poll. */
    public void wake() {
        workers.forEach(LaneWorker::wake);
    }

    public synchronized void start() {
        started = true;
        workers.forEach(LaneWorker::start);
    }

    /** Messages not yet sent (undeliverable ones excluded), for tests. */
    public long pending() {
        OutboxStore.OutboxCounts counts = store.counts();
        return counts.urgent() + counts.bulk();
    }

    /** Where delivery stands: pending per lane, retrying, undeliverable (outbox and live posts), the oldest's age. */
    public DeliveryStatus status(int latestUndeliverable) {
        OutboxStore.OutboxCounts counts = store.counts();
        List<Undeliverable> latest = new ArrayList<>();
        long undeliverable = counts.undeliverable();
        if (latestUndeliverable > 0) {
            latest.addAll(store.undeliverable(latestUndeliverable));
            refreshers.forEach(r -> latest.addAll(r.undeliverable(latestUndeliverable)));
        }
        for (MessageRefresher refresher : refreshers) {
            undeliverable += refresher.undeliverableCount();
        }
        latest.sort(Comparator.comparing(Undeliverable::at).reversed());
        Duration oldest = counts.oldestPending() == null ? Duration.ZERO
                : Duration.between(counts.oldestPending(), clock.instant());
        return new DeliveryStatus(counts.urgent(), counts.bulk(), counts.retrying(), undeliverable, oldest,
                latest.subList(0, Math.min(latestUndeliverable, latest.size())));
    }

    /** Sends an undeliverable message again (after its cause was fixed); false if {@code ref} names none. */
    public boolean resend(String ref) {
        boolean queued = ref.startsWith("outbox:") ? resendRow(ref.substring("outbox:".length()))
                : refreshers.stream().anyMatch(r -> r.resend(ref));
        wake();
        return queued;
    }

    /** Sends every undeliverable message again; returns how many. */
    public int resendAll() {
        int queued = store.resendAll() + refreshers.stream().mapToInt(MessageRefresher::resendAll).sum();
        wake();
        return queued;
    }

    private boolean resendRow(String id) {
        try {
            return store.resend(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * One pass of a lane: its due rows (one per channel, oldest first), then for urgent the live messages. Answers
     * how long to wait before the next pass: none after sending, a moment when Slack's pace held rows back, else idle.
     */
    Duration drainOnce(Lane lane) {
        int sent = 0;
        boolean held = false;
        for (OutboxEntry entry : store.due(lane, BATCH)) {
            if (stopping) {
                break;
            }
            if (!poster.isReady(entry.message(), lane)) {
                held = true;
            } else if (store.claim(entry) && deliver(entry)) {
                sent++;
            }
        }
        if (lane == Lane.URGENT && !stopping && !refreshers.isEmpty()
                && leases.hold(REFRESH_LEASE, REFRESH_LEASE_LENGTH)) {
            for (MessageRefresher refresher : refreshers) {
                MessageRefresher.Pass pass = refresher.refreshPending(poster);
                sent += pass.sent();
                delivered.increment(pass.sent());
                retries.increment(pass.retries());
            }
        }
        return held ? PACE_WAIT : sent > 0 ? Duration.ZERO : IDLE_WAIT;
    }

    private boolean deliver(OutboxEntry entry) {
        try {
            poster.post(entry.message());
            store.delivered(entry);
            delivered.increment();
            return true;
        } catch (DeliveryException e) {
            if (e.isUndeliverable()) {
                log.warn("Slack refused a message to {} for good: {}; kept as undeliverable (outbox:{})",
                        entry.channel(), e.getMessage(), entry.id());
            } else {
                log.debug("a message to {} will be tried again: {}", entry.channel(), e.getMessage());
                retries.increment();
            }
            store.failed(entry, e);
            return false;
        }
    }

    /**
     * Hands the outbox over: each lane finishes the message it is sending (claimed rows are claimed one at a time,
     * just before sending, so none is left claimed unsent), claims no more, and once every lane has stopped the live
     * posts' lease is given up so another instance refreshes them at once. What is left waits in the database.
     */
    public void stop(Duration within) {
        stopping = true;
        if (!started) {
            return; // start-up failed before the workers ran: nothing was claimed, no lease was taken
        }
        Instant end = Instant.now().plus(within);
        boolean stopped = true;
        for (LaneWorker worker : workers) {
            stopped &= worker.stop(Duration.between(Instant.now(), end));
        }
        if (stopped) {
            leases.release(REFRESH_LEASE);
            log.info("Shutdown: outbox stopped; {} messages wait in the database for the next instance", pending());
        } else {
            // its claim and the live posts' lease run out on their own, then another instance takes over
            log.warn("Shutdown: a message to Slack was still being sent after {} ms", within.toMillis());
        }
    }

    @Override
    public void close() {
        stop(CLOSE_WITHIN);
    }

    /** The figures admins and /healthz see. */
    public record DeliveryStatus(long urgentPending, long bulkPending, long retrying, long undeliverable,
                                 Duration oldestPendingAge, List<Undeliverable> latestUndeliverable) {
        public long pending() {
            return urgentPending + bulkPending;
        }
    }

    /** The thread that sends one lane, so a fan-out's calls never stand between an urgent message and Slack. */
    private final class LaneWorker {
        private final Lane lane;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition work = lock.newCondition();
        private boolean woken;
        private volatile boolean running;
        private Thread thread;

        LaneWorker(Lane lane) {
            this.lane = lane;
        }

        synchronized void start() {
            if (running) {
                return;
            }
            running = true;
            thread = new Thread(this::loop, "slack-outbox-" + lane.name().toLowerCase(java.util.Locale.ROOT));
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (running) {
                Duration wait = IDLE_WAIT;
                try {
                    wait = drainOnce(lane);
                } catch (RuntimeException e) {
                    log.error("outbox pass of the {} lane failed; retrying shortly", lane, e);
                }
                await(wait);
            }
        }

        void wake() {
            lock.lock();
            try {
                woken = true;
                work.signalAll();
            } finally {
                lock.unlock();
            }
        }

        private void await(Duration wait) {
            if (wait.isZero()) {
                return;
            }
            lock.lock();
            try {
                if (!woken) {
                    work.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                }
                woken = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                lock.unlock();
            }
        }

        /** Ends the loop after its current pass; false if that pass was still running after {@code within}. */
        boolean stop(Duration within) {
            running = false;
            wake();
            Thread t = thread;
            if (t != null) {
                try {
                    t.join(Math.max(1, within.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return !t.isAlive();
            }
            return true;
        }
    }
}

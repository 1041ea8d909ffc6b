package io.odigos.community.knowledge;

import io.odigos.community.core.Database;
import io.odigos.community.knowledge.KnowledgeStore.IndexChange;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's full-text index of entries, kept in memory: rebuilt from the tables at start, then kept in step
 * with every instance's writes by reading the change log ({@code kb_index_changes}) every couple of seconds. The
 * instance that writes sees its change at once (Hibernate Search indexes on commit); the others within a poll.
 * <p>
 * The log's numbers are handed out when a row is inserted but become visible when its transaction commits, so a
 * later number can show up first. A number skipped over is remembered as a gap and looked for again for a minute
 * (a transaction still running); after that it was rolled back. A poller, not a Quartz job: Quartz's clustered store
 * fires a job on one instance, and every instance must follow the log.
 */
final class EntryIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EntryIndex.class);
    static final Duration POLL = Duration.ofSeconds(2);
    /** Changes are pruned once a day old: every instance has read them, and a restart rebuilds from the tables. */
    static final Duration KEEP_CHANGES = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final long GAP_PATIENCE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int CHANGES_PER_POLL = 500;
    /** More numbers skipped at once than writers could hold open: the log was pruned empty, or numbers were cached. */
    private static final int MAX_GAP = 100;

    private final Database database;
    private final KnowledgeStore store;
    private final Clock clock;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kb-index-follower");
        thread.setDaemon(true);
        return thread;
    });
    /** The highest change applied; below it, only the gaps are still awaited (by when first missed). */
    private long applied;
    private final Map<Long, Long> gaps = new HashMap<>();
    /** Pruning runs an hour after start and hourly after: a day-old row waits an hour more at most. */
    private long lastPruned = System.nanoTime();

    EntryIndex(Database database, KnowledgeStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** Builds the index from the tables, then follows the change log; the log's position is read first, so a change
     *  made during the build is applied again after it. */
    void start() {
        applied = database.inTransaction(store::lastChange);
        rebuild();
        poller.scheduleWithFixedDelay(this::followSafely, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Indexes every entry again from the tables; Hibernate Search logs its progress as it goes. */
    Duration rebuild() {
        long started = System.nanoTime();
        database.runInTransaction(em -> {
            try {
                Search.session(em).massIndexer(KnowledgeEntry.class).threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(100).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building the knowledge base's search index", e);
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Knowledge base search index built in {} ms", took.toMillis());
        return took;
    }

    private void followSafely() {
        try {
            follow();
        } catch (RuntimeException e) {
            // the next poll tries again from the same place; a failure must not end the schedule
            log.warn("Knowledge base search index: reading the change log failed, retrying: {}", e.toString());
        }
    }

    /** Applies the changes this instance has not applied yet; returns how many entries it reindexed. */
    synchronized int follow() {
        long now = System.nanoTime();
        List<IndexChange> changes = new ArrayList<>();
        database.runInTransaction(em -> {
            changes.addAll(store.changesAt(em, gaps.keySet()));
            changes.addAll(store.changesAfter(em, applied, CHANGES_PER_POLL));
        });
        Set<Long> entries = new LinkedHashSet<>();
        for (IndexChange change : changes) {
            if (change.seq() > applied) {
                if (applied > 0 && change.seq() - applied <= MAX_GAP) {
                    for (long missing = applied + 1; missing < change.seq(); missing++) {
                        gaps.put(missing, now);
                    }
                }
                applied = change.seq();
            } else {
                gaps.remove(change.seq());
            }
            entries.add(change.entryId());
        }
        gaps.values().removeIf(firstMissed -> now - firstMissed > GAP_PATIENCE_NANOS);
        if (!entries.isEmpty()) {
            reindex(entries);
        }
        if (now - lastPruned >= PRUNE_EVERY.toNanos()) {
            lastPruned = now;
            prune();
        }
        return entries.size();
    }

    /** Deletes the log's rows older than {@link #KEEP_CHANGES}; answers how many. */
    int prune() {
        return database.inTransaction(em -> store.pruneChanges(em, clock.instant().minus(KEEP_CHANGES)));
    }

    private void reindex(Set<Long> entryIds) {
        database.runInTransaction(em -> {
            SearchIndexingPlan plan = Search.session(em).indexingPlan();
            for (long id : entryIds) {
                store.entry(em, id).ifPresentOrElse(plan::addOrUpdate, () -> plan.purge(KnowledgeEntry.class, id, null));
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        poller.shutdownNow();
        poller.awaitTermination(5, TimeUnit.SECONDS);
    }
}

package io.odigos.community.core;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Runs many small writes that arrive at once in one transaction (group commit). A caller queues its write and
 * whoever holds the writer's lock runs everything queued so far in one transaction, so a burst of clicks costs a few
 * transactions and commits instead of one each. Every caller returns only once its write is committed, so nothing
 * acknowledged is lost. If a group fails, each of its writes is retried in its own transaction, so one bad write
 * fails only its own caller.
 */
public final class GroupCommit<T, R> {

    private record Pending<T, R>(T task, CompletableFuture<R> done) {
    }

    private final Database database;
    private final BiFunction<EntityManager, T, R> write;
    private final int maxGroup;
    private final Queue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    public GroupCommit(Database database, BiFunction<EntityManager, T, R> write, int maxGroup) {
        this.database = database;
        this.write = write;
        this.maxGroup = maxGroup;
    }

    /** Writes the task, possibly together with others, and answers its result once committed. */
    public R submit(T task) {
        Pending<T, R> mine = new Pending<>(task, new CompletableFuture<>());
        queue.add(mine);
        writer.lock();
        try {
            while (!mine.done().isDone()) {
                writeQueued();
            }
        } finally {
            writer.unlock();
        }
        try {
            return mine.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeQueued() {
        List<Pending<T, R>> group = new ArrayList<>();
        for (Pending<T, R> next; group.size() < maxGroup && (next = queue.poll()) != null; ) {
            group.add(next);
        }
        try {
            List<R> results = database.inTransaction(em -> group.stream().map(p -> write.apply(em, p.task())).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException groupFailed) {
            for (Pending<T, R> p : group) {
                try {
                    p.done().complete(database.inTransaction(em -> write.apply(em, p.task())));
                } catch (RuntimeException alone) {
                    p.done().completeExceptionally(alone);
                }
            }
        }
    }
}

package io.odigos.community.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Thread-safe record of calls, with a blocking wait so tests never need fixed sleeps. Calls are also indexed by
 * method, and a waiter only looks at calls it has not seen yet, so a benchmark's tens of thousands of calls stay cheap.
 */
final class CallLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private final List<EmulatorCall> calls = new ArrayList<>();
    private final Map<String, List<EmulatorCall>> byMethod = new HashMap<>();
    /** Bumped by clear(), so a waiter knows its position in a method's list no longer holds. */
    private long generation;

    void add(EmulatorCall call) {
        lock.lock();
        try {
            calls.add(call);
            byMethod.computeIfAbsent(call.method(), m -> new ArrayList<>()).add(call);
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<EmulatorCall> all() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    List<EmulatorCall> of(String method) {
        lock.lock();
        try {
            return List.copyOf(byMethod.getOrDefault(method, List.of()));
        } finally {
            lock.unlock();
        }
    }

    /** How many calls of {@code method} match, without copying the log. */
    int count(String method, Predicate<EmulatorCall> match) {
        lock.lock();
        try {
            int count = 0;
            for (EmulatorCall call : byMethod.getOrDefault(method, List.of())) {
                if (match.test(call)) {
                    count++;
                }
            }
            return count;
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            calls.clear();
            byMethod.clear();
            generation++;
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    EmulatorCall await(String method, Predicate<EmulatorCall> match, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            int seen = 0;
            long seenGeneration = generation;
            while (true) {
                if (seenGeneration != generation) {
                    seen = 0;
                    seenGeneration = generation;
                }
                List<EmulatorCall> ofMethod = byMethod.getOrDefault(method, List.of());
                for (; seen < ofMethod.size(); seen++) {
                    if (match.test(ofMethod.get(seen))) {
                        return ofMethod.get(seen);
                    }
                }
                if (remaining <= 0) {
                    throw new AssertionError("No matching " + method + " call within " + timeout
                            + "; " + method + " calls seen: " + ofMethod);
                }
                remaining = recorded.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + method, e);
        } finally {
            lock.unlock();
        }
    }
}

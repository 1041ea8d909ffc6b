package io.odigos.community.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Thread-safe record of calls, with a blocking wait so tests never need fixed sleeps. */
final class CallLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private final List<EmulatorCall> calls = new ArrayList<>();

    void add(EmulatorCall call) {
        lock.lock();
        try {
            calls.add(call);
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
        return all().stream().filter(c -> c.method().equals(method)).toList();
    }

    void clear() {
        lock.lock();
        try {
            calls.clear();
        } finally {
            lock.unlock();
        }
    }

    EmulatorCall await(String method, Predicate<EmulatorCall> match, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<EmulatorCall> found = calls.stream()
                        .filter(c -> c.method().equals(method) && match.test(c))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                if (remaining <= 0) {
                    throw new AssertionError("No matching " + method + " call within " + timeout
                            + "; " + method + " calls seen: " + of(method));
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

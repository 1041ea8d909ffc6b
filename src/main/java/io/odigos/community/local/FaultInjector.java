package io.odigos.community.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Decides which calls get a fault: the one-shot faults queued per method, in order. */
final class FaultInjector {

    private final Map<String, Deque<Fault>> queued = new HashMap<>();

    synchronized void queue(String method, Fault fault) {
        queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
    }

    /** Forgets queued faults. */
    synchronized void clear() {
        queued.clear();
    }

    /** The fault for {@code call}, or null to handle it normally. */
    synchronized Fault next(EmulatorCall call) {
        Deque<Fault> queue = queued.get(call.method());
        return queue == null ? null : queue.poll();
    }
}

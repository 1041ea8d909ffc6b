package io.odigos.community.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every Retry-After window the emulator opened, to find calls that did not wait it out; thread-safe. */
final class RetryAfterLog {

    /** A window whose start is moved from "decided" to "written" once the 429 is on the wire. */
    static final class Entry {
        private final String method;
        private final String channel;
        private final int seconds;
        private Instant from;

        private Entry(String method, String channel, int seconds, Instant from) {
            this.method = method;
            this.channel = channel;
            this.seconds = seconds;
            this.from = from;
        }

        RetryAfterWindow window() {
            return new RetryAfterWindow(method, channel, from, from.plusSeconds(seconds));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Records a window before its 429 is written, so no later call can miss it; {@link #written} then moves its start
     * to when the client could first have seen the 429.
     */
    synchronized Entry open(String method, String channel, int retryAfterSeconds, Instant decidedAt) {
        Entry entry = new Entry(method, channel, retryAfterSeconds, decidedAt);
        entries.add(entry);
        return entry;
    }

    synchronized void written(Entry entry, Instant writtenAt) {
        entry.from = writtenAt;
    }

    synchronized List<RetryAfterWindow> windows() {
        return entries.stream().map(Entry::window).toList();
    }

    synchronized void clear() {
        entries.clear();
    }

    /**
     * The calls among {@code calls} (all of one method) that arrived more than {@code grace} after one of that
     * method's windows opened and before it closed. Linear after sorting, so fine for tens of thousands of calls.
     */
    List<EmulatorCall> callsInside(String method, List<EmulatorCall> calls, Duration grace) {
        List<RetryAfterWindow> windows;
        synchronized (this) {
            windows = entries.stream().filter(e -> e.method.equals(method)).map(Entry::window)
                    .map(w -> new RetryAfterWindow(w.method(), w.channel(), w.from().plus(grace), w.until()))
                    .filter(w -> w.from().isBefore(w.until()))
                    .sorted(Comparator.comparing(RetryAfterWindow::from))
                    .toList();
        }
        if (windows.isEmpty()) {
            return List.of();
        }
        List<EmulatorCall> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(EmulatorCall::at));
        List<EmulatorCall> inside = new ArrayList<>();
        int started = 0; // windows[0..started) opened before the current call
        Instant latestUntil = Instant.MIN; // the latest end among them: a call before it is inside one of them
        for (EmulatorCall call : sorted) {
            while (started < windows.size() && windows.get(started).from().isBefore(call.at())) {
                Instant until = windows.get(started++).until();
                latestUntil = until.isAfter(latestUntil) ? until : latestUntil;
            }
            if (call.at().isBefore(latestUntil)) {
                inside.add(call);
            }
        }
        return inside;
    }
}

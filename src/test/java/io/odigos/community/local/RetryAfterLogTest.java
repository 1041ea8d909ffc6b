package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.local.EmulatorCall.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which calls fall inside Retry-After windows, on made-up times. */
class RetryAfterLogTest {

    private static final String POST = "chat.postMessage";
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final RetryAfterLog log = new RetryAfterLog();

    private static Instant at(double seconds) {
        return T0.plusNanos((long) (seconds * 1e9));
    }

    private static EmulatorCall call(String method, double seconds) {
        return EmulatorCall.arriving(method, Map.of("text", String.valueOf(seconds)), null, at(seconds))
                .answered(Outcome.APPLIED, 200, null, 0);
    }

    private void window(String method, double writtenAt, int seconds) {
        RetryAfterLog.Entry entry = log.open(method, "C1", seconds, at(writtenAt - 0.001));
        log.written(entry, at(writtenAt));
    }

    @Test
    void callsStrictlyInsideAWindowOfTheirMethodCount() {
        window(POST, 10, 2); // [10, 12)
        window(POST, 11, 5); // [11, 16)
        window(POST, 30, 1); // [30, 31)
        window("chat.update", 20, 10);
        List<EmulatorCall> calls = List.of(call(POST, 9.9), call(POST, 10), call(POST, 10.5), call(POST, 15.9),
                call(POST, 16), call(POST, 20), call(POST, 30.5), call(POST, 31.2));

        List<EmulatorCall> inside = log.callsInside(POST, calls, Duration.ZERO);

        assertEquals(List.of(at(10.5), at(15.9), at(30.5)), inside.stream().map(EmulatorCall::at).toList());
    }

    @Test
    void graceForgivesCallsThatWereAlreadyOnTheirWay() {
        window(POST, 10, 2);
        List<EmulatorCall> calls = List.of(call(POST, 10.05), call(POST, 10.5));
        assertEquals(2, log.callsInside(POST, calls, Duration.ZERO).size());
        assertEquals(1, log.callsInside(POST, calls, Duration.ofMillis(100)).size());
    }

    @Test
    void twentyThousandCallsAgainstHundredsOfWindowsMatchTheObviousCount() {
        List<EmulatorCall> calls = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            calls.add(call(POST, i * 0.05)); // one call every 50 ms over 1000 s
        }
        for (int w = 0; w < 500; w++) {
            window(POST, w * 2.0 + 0.01, w % 2 == 0 ? 1 : 3); // gaps, and windows of 3 s overlapping the next
        }
        List<RetryAfterWindow> windows = log.windows();
        long expected = calls.stream().filter(c -> windows.stream().anyMatch(w -> w.covers(c.at()))).count();

        assertEquals(expected, log.callsInside(POST, calls, Duration.ZERO).size());
    }
}

package io.odigos.community.slack;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying a transient failure again: one second, doubling per failure up to five minutes,
 * for as long as it takes. A random fifth is added, so retries of many messages do not arrive at Slack together.
 */
public final class Backoff {

    static final Duration MAX = Duration.ofMinutes(5);

    private Backoff() {
    }

    /** The wait after {@code failures} failures in a row (zero failures: the first retry, one second). */
    public static Duration after(int failures) {
        long millis = Math.min(MAX.toMillis(), 1000L << Math.min(Math.max(failures, 0), 20));
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
    }
}

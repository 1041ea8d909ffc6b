package io.odigos.community.local;

/** A misbehaviour the emulator answers a call with instead of running its method; none ever half-applies a call. */
sealed interface Fault {

    /** HTTP 429 with {@code Retry-After}, as Slack sends over a rate limit. */
    record RateLimit(int retryAfterSeconds) implements Fault {
        public RateLimit {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("Retry-After must not be negative: " + retryAfterSeconds);
            }
        }
    }

    /** HTTP 200 with {@code {ok:false, error}}. */
    record Failure(String error) implements Fault {
    }
}

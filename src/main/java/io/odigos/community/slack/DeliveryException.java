package io.odigos.community.slack;

import java.time.Duration;

/** Slack did not take a call; {@link SlackFailures} decides whether to try again, and when. */
public class DeliveryException extends Exception {

    private final Duration retryAfter;
    private final boolean undeliverable;

    private DeliveryException(String message, Duration retryAfter, boolean undeliverable) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
        this.undeliverable = undeliverable;
    }

    /** A rate limit: wait as long as Slack says before calling that method again. */
    static DeliveryException rateLimited(String reason, Duration retryAfter) {
        return new DeliveryException(reason + " (retry after " + retryAfter.toSeconds() + "s)", retryAfter, false);
    }

    /** Worth another try after a backoff: Slack's trouble or the network's, not the message's. */
    static DeliveryException transientFailure(String reason) {
        return new DeliveryException(reason, Duration.ZERO, false);
    }

    /** Sending the same call again will not help (channel_not_found, invalid_blocks, ...). */
    static DeliveryException undeliverable(String reason) {
        return new DeliveryException(reason, Duration.ZERO, true);
    }

    /** How long Slack asked us to wait; zero when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isUndeliverable() {
        return undeliverable;
    }

    public boolean isRateLimit() {
        return !retryAfter.isZero();
    }
}

package io.odigos.community.slack;

import java.time.Duration;

/** Slack did not take a call. Says whether to try again, and when. */
public class DeliveryException extends Exception {

    private final Duration retryAfter;
    private final boolean permanent;

    private DeliveryException(String message, Duration retryAfter, boolean permanent) {
        super(message);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    /** 429: wait as long as Slack says. */
    public static DeliveryException rateLimited(Duration retryAfter) {
        return new DeliveryException("rate limited for " + retryAfter.toSeconds() + "s", retryAfter, false);
    }

    /** Slack answered ok=false (channel_not_found, invalid_blocks, ...): sending again will not help. */
    public static DeliveryException rejected(String error) {
        return new DeliveryException(error, Duration.ZERO, true);
    }

    /** Network trouble or a 5xx: worth another try later. */
    public static DeliveryException unreachable(String message) {
        return new DeliveryException(message, Duration.ZERO, false);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public boolean isRateLimit() {
        return !permanent && !retryAfter.isZero();
    }
}

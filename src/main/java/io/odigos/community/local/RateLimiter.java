package io.odigos.community.local;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** Token-bucket state for the {@link RateLimits} in force; thread-safe. */
final class RateLimiter {

    private static final class State {
        double tokens;
        long lastNanos;

        State(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    private final LongSupplier nanoTime;
    private final Map<String, State> states = new HashMap<>();
    private RateLimits limits = RateLimits.none();

    RateLimiter() {
        this(System::nanoTime);
    }

    RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Puts {@code limits} in force with full buckets. */
    synchronized void enforce(RateLimits limits) {
        this.limits = limits == null ? RateLimits.none() : limits;
        states.clear();
    }

    synchronized RateLimits limits() {
        return limits;
    }

    /** Refills every bucket; the limits in force stay. */
    synchronized void reset() {
        states.clear();
    }

    /**
     * Takes a token from each bucket that applies to a call of {@code method} to {@code channel} (null: none).
     *
     * @return 0 if the call may go ahead (tokens taken); else the Retry-After in whole seconds, at least 1, and no
     *         token is taken
     */
    synchronized int acquire(String method, String channel) {
        if (limits.isEmpty()) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        RateLimits.Bucket channelBucket = channel == null ? null : limits.perChannel(method);
        RateLimits.Bucket workspaceBucket = limits.workspace(method);
        State channelState = channelBucket == null ? null : refilled(method + ' ' + channel, channelBucket, now);
        State workspaceState = workspaceBucket == null ? null : refilled(method, workspaceBucket, now);
        double waitSeconds = Math.max(waitSeconds(channelState, channelBucket),
                waitSeconds(workspaceState, workspaceBucket));
        if (waitSeconds > 0) {
            return (int) Math.max(1, Math.ceil(waitSeconds));
        }
        if (channelState != null) {
            channelState.tokens -= 1;
        }
        if (workspaceState != null) {
            workspaceState.tokens -= 1;
        }
        return 0;
    }

    private State refilled(String key, RateLimits.Bucket bucket, long now) {
        State state = states.computeIfAbsent(key, k -> new State(bucket.burst(), now));
        double gained = (now - state.lastNanos) / 1e9 * bucket.perSecond();
        state.tokens = Math.min(bucket.burst(), state.tokens + gained);
        state.lastNanos = now;
        return state;
    }

    private static double waitSeconds(State state, RateLimits.Bucket bucket) {
        if (state == null || state.tokens >= 1) {
            return 0;
        }
        return (1 - state.tokens) / bucket.perSecond();
    }
}

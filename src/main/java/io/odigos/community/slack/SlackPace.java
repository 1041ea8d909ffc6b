package io.odigos.community.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this process knows of Slack's limits right now. Slack limits calls per method per workspace per app, and
 * chat.postMessage also per channel (about one a second, short bursts allowed) under a workspace-wide cap it does
 * not publish. So:
 * <ul>
 *   <li>a rate-limit answer pauses every call of that method, workspace-wide, until its Retry-After has passed: the
 *       answer does not say whether the channel's limit or the workspace's was hit, and the method covers both;</li>
 *   <li>each channel has a token bucket (a burst of three, then one a second) for what is posted or updated in it;</li>
 *   <li>chat.postMessage also draws on a workspace bucket at the configured pace, from which bulk messages may take
 *       only while {@link #URGENT_RESERVE} calls stay for urgent ones.</li>
 * </ul>
 */
final class SlackPace {

    static final String POST_MESSAGE = "chat.postMessage";
    private static final int CHANNEL_BURST = 3;
    private static final Duration CHANNEL_REFILL = Duration.ofSeconds(1);
    /** Workspace posts a bulk message must leave for urgent ones, so urgent ones never wait for a refill. */
    static final int URGENT_RESERVE = 2;

    private final Clock clock;
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> channels = new ConcurrentHashMap<>();
    private final TokenBucket workspacePosts;

    SlackPace(Clock clock, int postsPerMinute) {
        this.clock = clock;
        // a second's worth at once (at least enough for the reserve and one bulk post), then the configured pace
        this.workspacePosts = new TokenBucket(Math.max(URGENT_RESERVE + 1, postsPerMinute / 60),
                Duration.ofMillis(Math.max(1, 60_000 / postsPerMinute)), clock.instant());
    }

    /** Whether a call of {@code method} to {@code channel} (null: none) may go out now for a message of this lane. */
    boolean ready(String method, String channel, Lane lane) {
        Instant now = clock.instant();
        if (!pausedFor(method, now).isZero()) {
            return false;
        }
        if (channel != null && !channel(channel).has(1, now)) {
            return false;
        }
        return !POST_MESSAGE.equals(method) || workspacePosts.has(lane == Lane.URGENT ? 1 : 1 + URGENT_RESERVE, now);
    }

    /** Spends what the call costs; answers how long its method is still paused (zero: go ahead). */
    Duration take(String method, String channel) {
        Instant now = clock.instant();
        Duration paused = pausedFor(method, now);
        if (!paused.isZero()) {
            return paused;
        }
        if (channel != null) {
            channel(channel).take(now);
        }
        if (POST_MESSAGE.equals(method)) {
            workspacePosts.take(now);
        }
        return Duration.ZERO;
    }

    /** After a rate limit: nothing of this method goes out until the wait is over. */
    void pause(String method, Duration wait) {
        Instant until = clock.instant().plus(wait);
        pausedUntil.merge(method, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    private Duration pausedFor(String method, Instant now) {
        Instant until = pausedUntil.get(method);
        return until == null || !now.isBefore(until) ? Duration.ZERO : Duration.between(now, until);
    }

    private TokenBucket channel(String channel) {
        return channels.computeIfAbsent(channel, c -> new TokenBucket(CHANNEL_BURST, CHANNEL_REFILL, clock.instant()));
    }

    /** {@code burst} calls at once, then one per {@code refill}; a call taken beyond it delays the next refill. */
    private static final class TokenBucket {
        private final int burst;
        private final double refillMillis;
        private double tokens;
        private Instant updated;

        TokenBucket(int burst, Duration refill, Instant now) {
            this.burst = burst;
            this.refillMillis = refill.toMillis();
            this.tokens = burst;
            this.updated = now;
        }

        synchronized boolean has(int needed, Instant now) {
            refill(now);
            return tokens >= needed;
        }

        synchronized void take(Instant now) {
            refill(now);
            tokens -= 1;
        }

        private void refill(Instant now) {
            long elapsed = Duration.between(updated, now).toMillis();
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed / refillMillis);
                updated = now;
            }
        }
    }
}

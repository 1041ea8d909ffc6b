package io.odigos.community.discussions;

import io.odigos.community.discussions.GitHubFailure.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * GitHub's secondary limits for content-creating calls, kept on the bot's side: a second between mutations (GitHub's
 * advice) and at most {@link #PER_HOUR} an hour, under its 500, so the token keeps room for other tools and a backfill
 * never trips the limit. A write beyond the hour's share fails as rate limited until the oldest one ages out.
 */
final class WritePace {

    static final int PER_HOUR = 300;
    private static final Duration SPACING = Duration.ofSeconds(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Clock clock;
    private final Deque<Instant> writes = new ArrayDeque<>();
    private long lastWriteNanos = System.nanoTime() - SPACING.toNanos();

    WritePace(Clock clock) {
        this.clock = clock;
    }

    /** Waits out the spacing since the last write, then counts this one; refuses when the hour's share is spent. */
    synchronized void acquire() throws GitHubFailure {
        Instant now = clock.instant();
        while (!writes.isEmpty() && !writes.peekFirst().isAfter(now.minus(HOUR))) {
            writes.removeFirst();
        }
        if (writes.size() >= PER_HOUR) {
            throw new GitHubFailure(Kind.RATE_LIMITED, "the bot's own share of " + PER_HOUR + " writes an hour is "
                    + "spent", Optional.of(writes.peekFirst().plus(HOUR)));
        }
        long wait = lastWriteNanos + SPACING.toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GitHubFailure(Kind.TRANSIENT, "interrupted while pacing writes to GitHub");
            }
        }
        lastWriteNanos = System.nanoTime();
        writes.addLast(now);
    }

    synchronized int writesInLastHour() {
        Instant cutoff = clock.instant().minus(HOUR);
        return (int) writes.stream().filter(w -> w.isAfter(cutoff)).count();
    }
}

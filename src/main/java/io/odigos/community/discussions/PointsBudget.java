package io.odigos.community.discussions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The GraphQL points the bot's own calls cost over the last hour, so admins can see what mirroring spends of GitHub's
 * 5,000 points an hour (which the token may share with other tools, so GitHub's remaining count alone would not say).
 * Also keeps what GitHub last said remains, and until when.
 */
public final class PointsBudget {

    static final Duration WINDOW = Duration.ofHours(1);

    private record Spent(Instant at, int points) {
    }

    /** What GitHub's last answer said of the primary limit. */
    public record Remaining(int points, Instant resetAt) {
    }

    private final Clock clock;
    private final Deque<Spent> spent = new ArrayDeque<>();
    private Remaining lastRemaining;

    public PointsBudget(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code points} spent now (negative counts are ignored: they can only come from a confused answer). */
    public synchronized void spend(int points) {
        if (points > 0) {
            spent.addLast(new Spent(clock.instant(), points));
        }
        forgetOld();
    }

    public synchronized void remaining(Remaining remaining) {
        lastRemaining = remaining;
    }

    public synchronized Optional<Remaining> lastRemaining() {
        return Optional.ofNullable(lastRemaining);
    }

    public synchronized int usedInLastHour() {
        forgetOld();
        return spent.stream().mapToInt(Spent::points).sum();
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!spent.isEmpty() && !spent.peekFirst().at().isAfter(cutoff)) {
            spent.removeFirst();
        }
    }
}

package io.odigos.community.discussions;

import io.odigos.community.slack.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a part that calls GitHub in the background (the mirror, the upvote poller) waits after a failure: until
 * GitHub's reset for a rate limit, a growing {@link Backoff} for anything else, never giving up; a success resets it.
 */
final class GitHubPause {

    /** GitHub's advice when a rate limit names no time: wait at least a minute. */
    private static final Duration RATE_LIMIT_WITHOUT_RESET = Duration.ofMinutes(1);

    private final Clock clock;
    private int failuresInARow;
    private Instant until = Instant.MIN;

    GitHubPause(Clock clock) {
        this.clock = clock;
    }

    boolean active() {
        return clock.instant().isBefore(until);
    }

    void succeeded() {
        failuresInARow = 0;
    }

    /** Pauses after {@code failure}; answers until when. */
    Instant after(GitHubFailure failure) {
        Instant now = clock.instant();
        until = failure.kind() == GitHubFailure.Kind.RATE_LIMITED
                ? failure.retryAt().orElse(now.plus(RATE_LIMIT_WITHOUT_RESET))
                : now.plus(Backoff.after(failuresInARow++));
        return until;
    }

    /** Pauses for a fixed while (a setup problem a person must fix); answers until when. */
    Instant forWhile(Duration pause) {
        until = clock.instant().plus(pause);
        return until;
    }

    Optional<Instant> until() {
        return active() ? Optional.of(until) : Optional.empty();
    }
}

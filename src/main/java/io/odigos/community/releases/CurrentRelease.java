package io.odigos.community.releases;

import io.odigos.community.recognition.GitHubApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current Odigos release: `ODIGOS_CURRENT_VERSION` when an operator sets it, else the latest release of the
 * configured repository on GitHub, asked at most once per {@link #REMEMBERED} (pages and rankings read it often).
 * Unknown (GitHub unreachable, no release) is remembered for a shorter time, so a failure is retried soon.
 */
public final class CurrentRelease {

    private static final Logger log = LoggerFactory.getLogger(CurrentRelease.class);
    static final Duration REMEMBERED = Duration.ofHours(1);
    static final Duration UNKNOWN_REMEMBERED = Duration.ofMinutes(5);

    private final Optional<String> configured;
    private final GitHubApi github;
    private final Optional<String> repository;
    private final Clock clock;
    private Optional<OdigosVersion> known = Optional.empty();
    private Instant askAgainAt = Instant.MIN;

    public CurrentRelease(Optional<String> configured, GitHubApi github, Optional<String> repository, Clock clock) {
        this.configured = configured;
        this.github = github;
        this.repository = repository;
        this.clock = clock;
    }

    public synchronized Optional<OdigosVersion> version() {
        if (configured.isPresent()) {
            return OdigosVersion.parse(configured.get());
        }
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isBefore(askAgainAt)) {
            return known;
        }
        try {
            known = OdigosVersion.parse(github.latestRelease(repository.get()));
            askAgainAt = now.plus(known.isPresent() ? REMEMBERED : UNKNOWN_REMEMBERED);
        } catch (GitHubApi.Unavailable e) {
            log.warn("The latest Odigos release is unknown ({}); asking GitHub again in {} minutes", e.getMessage(),
                    UNKNOWN_REMEMBERED.toMinutes());
            askAgainAt = now.plus(UNKNOWN_REMEMBERED);
        }
        return known;
    }
}

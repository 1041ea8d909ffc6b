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
 * Unknown (GitHub unreachable, no release) is remembered for a shorter time, so a failure is retried soon; a failure
 * keeps the release known before it. Jobs ask with {@link #version()}, request paths with {@link #known()}.
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
    private boolean refreshing;

    public CurrentRelease(Optional<String> configured, GitHubApi github, Optional<String> repository, Clock clock) {
        this.configured = configured;
        this.github = github;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The release as last known, without waiting for GitHub: for request paths, which must answer Slack within 3 s. A
     * stale or missing answer is asked for in the background, so the next request has it; until the first answer,
     * the release is unknown.
     */
    public Optional<OdigosVersion> known() {
        if (configured.isPresent() || repository.isEmpty()) {
            return version();
        }
        synchronized (this) {
            if (!refreshing && !clock.instant().isBefore(askAgainAt)) {
                refreshing = true;
                Thread refresh = new Thread(this::refresh, "odigos-release");
                refresh.setDaemon(true); // never keeps the JVM alive
                refresh.start();
            }
            return known;
        }
    }

    private void refresh() {
        try {
            version();
        } finally {
            synchronized (this) {
                refreshing = false;
            }
        }
    }

    /**
     * The release, asking GitHub when what is known is stale: for jobs, which may wait up to the API's time-outs. The
     * lock is not held while GitHub answers, so {@link #known()} never waits for it.
     */
    public Optional<OdigosVersion> version() {
        if (configured.isPresent()) {
            return OdigosVersion.parse(configured.get());
        }
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (this) {
            if (now.isBefore(askAgainAt)) {
                return known;
            }
        }
        try {
            Optional<OdigosVersion> answer = OdigosVersion.parse(github.latestRelease(repository.get()));
            synchronized (this) {
                known = answer;
                askAgainAt = now.plus(answer.isPresent() ? REMEMBERED : UNKNOWN_REMEMBERED);
                return known;
            }
        } catch (GitHubApi.Unavailable e) {
            log.warn("The latest Odigos release is unknown ({}); asking GitHub again in {} minutes", e.getMessage(),
                    UNKNOWN_REMEMBERED.toMinutes());
            synchronized (this) {
                askAgainAt = now.plus(UNKNOWN_REMEMBERED);
                return known;
            }
        }
    }
}

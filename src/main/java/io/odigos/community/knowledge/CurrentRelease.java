package io.odigos.community.knowledge;

import io.odigos.community.recognition.GitHubApi;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Odigos release guides are measured against: `ODIGOS_CURRENT_VERSION` when an operator sets it, else the latest
 * release of the configured repository on GitHub. Unknown (GitHub unreachable, no release) means no guide is asked.
 */
final class CurrentRelease {

    private static final Logger log = LoggerFactory.getLogger(CurrentRelease.class);

    private final Optional<String> configured;
    private final GitHubApi github;
    private final Optional<String> repository;

    CurrentRelease(Optional<String> configured, GitHubApi github, Optional<String> repository) {
        this.configured = configured;
        this.github = github;
        this.repository = repository;
    }

    Optional<OdigosVersion> version() {
        if (configured.isPresent()) {
            return OdigosVersion.parse(configured.get());
        }
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        try {
            return OdigosVersion.parse(github.latestRelease(repository.get()));
        } catch (GitHubApi.Unavailable e) {
            log.warn("The latest Odigos release is unknown ({}); guides are checked again next time", e.getMessage());
            return Optional.empty();
        }
    }
}

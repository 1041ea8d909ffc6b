package io.odigos.community.discussions;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a GraphQL call to GitHub gave no usable answer, sorted by what the caller should do about it: fix the token or
 * the settings, wait until {@link #retryAt()}, or simply try again later. The message names the status and GitHub's
 * explanation, never a header, so no token reaches a log.
 */
public final class GitHubFailure extends Exception {

    public enum Kind {
        /** 401, or a 403 that is not a rate limit: the token is missing, wrong or lacks the scope. */
        UNAUTHORIZED,
        /** 404, or GraphQL's NOT_FOUND error: the repository (or what was asked for) is not visible to the token. */
        NOT_FOUND,
        /** The primary or a secondary rate limit is spent; {@link #retryAt()} says when GitHub accepts calls again. */
        RATE_LIMITED,
        /** GitHub did not answer, answered 5xx or with something that is not JSON: worth trying again later. */
        TRANSIENT,
        /** GitHub answered, but with GraphQL errors (or a 4xx) that trying again will not fix. */
        GRAPHQL_ERRORS
    }

    private final Kind kind;
    private final transient Optional<Instant> retryAt;

    GitHubFailure(Kind kind, String message, Optional<Instant> retryAt) {
        super(message);
        this.kind = kind;
        this.retryAt = retryAt;
    }

    GitHubFailure(Kind kind, String message) {
        this(kind, message, Optional.empty());
    }

    public Kind kind() {
        return kind;
    }

    /** When a rate-limited call may be made again; empty for every other kind. */
    public Optional<Instant> retryAt() {
        return retryAt;
    }
}

package io.odigos.community.slack;

/**
 * Keeps messages that show live state (a vote count) in step with the database. The outbox worker calls it
 * on every pass; it re-renders only what changed since the last pass, so a burst of changes becomes one update.
 */
public interface MessageRefresher {

    /** Brings pending messages up to date; returns how many it sent. */
    int refreshPending(SlackPoster poster);
}

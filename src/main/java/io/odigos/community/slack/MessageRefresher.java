package io.odigos.community.slack;

import java.util.List;

/**
 * Keeps messages that show live state (a vote count) in step with the database. The outbox worker calls it
 * on every pass; it re-renders only what changed since the last pass, so a burst of changes becomes one update.
 * A transient failure leaves the message pending for a later pass; one Slack refuses for good is kept as
 * {@link Undeliverable} until an admin sends it again.
 */
public interface MessageRefresher {

    /** Brings pending messages up to date; answers how many it sent, and how many sends failed for now. */
    Pass refreshPending(SlackPoster poster);

    /** What one {@link #refreshPending} pass did, for the outbox's metrics. */
    record Pass(int sent, int retries) {
        public static final Pass NOTHING = new Pass(0, 0);
    }

    /** The live messages Slack refused for good, newest first. */
    List<Undeliverable> undeliverable(int limit);

    /** How many live messages Slack refused for good. */
    long undeliverableCount();

    /** Queues a refused message to be sent again; false if {@code ref} is not one of this refresher's. */
    boolean resend(String ref);

    /** Queues every refused message to be sent again; returns how many. */
    int resendAll();
}

package io.odigos.community.slack;

/**
 * How urgent a message is. A fan-out (a status change DM to every voter) is {@link #BULK}: it goes out as fast as
 * Slack allows, but only with what urgent messages leave, so a confirmation, a reminder, a live post or a digest is
 * never queued behind ten thousand DMs. The outbox sends each lane on its own thread.
 */
public enum Lane {
    URGENT(0),
    BULK(1);

    /** Stored in slack_outbox.priority; lower goes first. */
    final int priority;

    Lane(int priority) {
        this.priority = priority;
    }
}

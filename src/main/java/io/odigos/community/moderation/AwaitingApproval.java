package io.odigos.community.moderation;

import java.util.List;

/**
 * A feature with items that wait for an admin's approval (a digest or newsletter draft, say); the moderation queue
 * lists them beside the reports, with a link to where they are approved.
 */
public interface AwaitingApproval {

    List<PendingApproval> awaitingApproval();

    /** One item waiting: what it is (mrkdwn, escaped by the feature) and where to approve it (or null). */
    record PendingApproval(String description, String link) {
    }
}

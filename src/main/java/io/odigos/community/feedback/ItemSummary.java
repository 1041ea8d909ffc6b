package io.odigos.community.feedback;

import java.time.Instant;

/** What a list shows of an item, read without loading the whole entity. */
public record ItemSummary(long id, FeedbackKind kind, String title, FeedbackStatus status, int voteCount,
                          String authorId, Instant createdAt, Instant shippedAt, boolean communityVoted) {

    public boolean acceptsVotes() {
        return status.isOpen();
    }
}

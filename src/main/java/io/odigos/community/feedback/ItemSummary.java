package io.odigos.community.feedback;

import java.time.Instant;

/**
 * What a list shows of an item, read without loading the whole entity. {@code voteCount} is Slack's votes,
 * {@code githubUpvotes} its discussions' upvotes, and {@code totalVotes} both: the count lists sort by and show.
 */
public record ItemSummary(long id, FeedbackKind kind, String title, FeedbackStatus status, int voteCount,
                          int githubUpvotes, int totalVotes, String authorId, Instant createdAt, Instant shippedAt,
                          boolean communityVoted) {

    public boolean acceptsVotes() {
        return status.isOpen();
    }
}

package io.odigos.community.feedback;

/** The item's count after a vote or an unvote, and whether the click changed anything. */
public record VoteResult(long itemId, String title, int voteCount, boolean voted, boolean changed) {
}

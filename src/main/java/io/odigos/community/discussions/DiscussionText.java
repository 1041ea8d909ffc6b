package io.odigos.community.discussions;

import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the bot writes on GitHub, in GitHub's Markdown. Members' words are neutralised first: an {@code @name} would
 * notify a stranger on GitHub and {@code #12} would link an unrelated issue, so both are broken with a zero-width
 * joiner; HTML is escaped (GitHub sanitises it anyway, but a member's tags should read as typed).
 */
final class DiscussionText {

    /** In every body the bot writes, so a discussion created just before a lost answer can be found and adopted. */
    static String marker(long itemId) {
        return "<!-- odigos-community-bot request " + itemId + " -->";
    }

    private final Optional<String> roadmapUrl;

    /** {@code roadmapUrl}: the public roadmap, linked back to when the public pages are on. */
    DiscussionText(Optional<String> roadmapUrl) {
        this.roadmapUrl = roadmapUrl;
    }

    /** The body of a discussion the bot started for a request made in Slack. */
    String body(FeedbackItem item) {
        if (item.hidden()) {
            return "_This request was removed by the moderators of the Odigos community._\n\n" + marker(item.id());
        }
        StringBuilder b = new StringBuilder();
        b.append(member(item.field(FeedbackField.PROBLEM))).append("\n\n");
        String proposal = item.field(FeedbackField.PROPOSAL);
        if (proposal != null && !proposal.isBlank()) {
            b.append("### Proposed solution\n\n").append(member(proposal)).append("\n\n");
        }
        return b.append("---\n").append(footer(item)).append("\n\n").append(marker(item.id())).toString();
    }

    /** The bot's one comment on a discussion started on GitHub: the Slack side of the count, edited as it changes. */
    String voteComment(FeedbackItem item) {
        return footer(item) + "\n\n" + marker(item.id());
    }

    /** The status line, the Slack vote count and the way back, under every request the bot writes about. */
    private String footer(FeedbackItem item) {
        StringBuilder b = new StringBuilder("**Status:** ").append(item.status().label())
                .append(" · **Votes in the Odigos Slack: ").append(item.voteCount()).append("**\n\n")
                .append("Request #").append(item.id()).append(" in the Odigos community Slack");
        roadmapUrl.ifPresent(url -> b.append(" · [public roadmap](").append(url).append(')'));
        return b.append(". Upvote here or vote in Slack: the roadmap counts both.").toString();
    }

    /** The comment a status change adds, so everyone following the discussion hears of it. */
    static String statusComment(FeedbackStatus status, FeedbackItem item) {
        String votes = item.voteCount() + " in Slack and " + item.githubUpvotes() + " here";
        return switch (status) {
            case SHIPPED -> ":rocket: **Shipped.** Thank you to everyone who voted (" + votes + "). Closing this as "
                    + "resolved.";
            case DECLINED -> "**Declined** on the Odigos community roadmap for now. Closing this; the request stays on "
                    + "record.";
            default -> "**Status:** " + status.label() + " on the Odigos community roadmap (votes: " + votes + ").";
        };
    }

    static String mergedComment(Optional<String> originalUrl, long originalId) {
        return "**Duplicate.** This request was merged into " + originalUrl.orElse("request #" + originalId)
                + ": please upvote and follow it there. Slack votes on this one moved with it.";
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A member's words as GitHub should show them: no mentions, no cross-links, no markup from tags. */
    static String member(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "@\u200D").replace("#", "#\u200D");
    }
}

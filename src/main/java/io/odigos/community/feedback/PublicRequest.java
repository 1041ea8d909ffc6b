package io.odigos.community.feedback;

import io.odigos.community.web.SafeHtml;
import java.util.List;

/**
 * What the public roadmap shows of a request: never its author, its Slack post or anything a bug report says about
 * someone's cluster. {@code sections} (the problem and proposal, already escaped) are empty in lists. {@code lead} is
 * the display name of the member who leads it, or empty: a name they chose to show in Slack, never their Slack id.
 */
public record PublicRequest(long id, String title, String kind, String status, int slackVotes, int githubUpvotes,
                            boolean communityVoted, String created, String statusChanged, String shipped, String lead,
                            List<Section> sections) {

    /** A heading and the member's text under it. */
    public record Section(String heading, SafeHtml text) {
    }

    public String path() {
        return "/roadmap/" + id;
    }

    /** The one count, with Slack's and GitHub's figures side by side once GitHub's count. */
    public String voteCount() {
        return FeedbackViews.votes(slackVotes, githubUpvotes);
    }
}

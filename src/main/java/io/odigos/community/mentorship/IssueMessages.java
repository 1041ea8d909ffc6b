package io.odigos.community.mentorship;

import static io.odigos.community.mentorship.MentorshipMessages.mention;
import static io.odigos.community.slack.SlackText.escape;

import io.odigos.community.recognition.GitHubApi.Issue;
import io.odigos.community.slack.SlackText;
import java.util.ArrayList;
import java.util.List;

/** What the introduction says of good first issues, and the answers to a Claim; GitHub's titles are escaped here. */
final class IssueMessages {

    private IssueMessages() {
    }

    /** An issue as a link: its number and title (GitHub's text, so escaped), or its address when it has neither. */
    static String issueLink(long number, String title, String url) {
        String label = (number > 0 ? "#" + number + " " : "") + escape(SlackText.clip(title, 150));
        return "<" + url + "|" + (label.isBlank() ? url : label.strip()) + ">";
    }

    static String issuesHeading(String menteeId) {
        return "*Good first issues* to start with; " + mention(menteeId)
                + ", claim the one you take so your mentor knows:";
    }

    static String pickedIssue(Issue issue) {
        return "*The issue you picked:* " + issueLink(issue.number(), issue.title(), issue.url());
    }

    static String suggestedIssue(Issue issue) {
        return "• " + issueLink(issue.number(), issue.title(), issue.url())
                + (issue.labels().isEmpty() ? "" : " _(" + escape(String.join(", ", issue.labels())) + ")_");
    }

    static String noIssuesOpen(String listUrl) {
        return "No unclaimed good first issue is open right now; <" + listUrl + "|the list on GitHub> shows new ones.";
    }

    static String issuesUnavailable(String listUrl) {
        return ":warning: The good first issues could not be fetched from GitHub just now; see <" + listUrl
                + "|the open good first issues> on GitHub.";
    }

    /** The offer as plain lines: the introduction's notification text, which has no buttons. */
    static String issuesText(GoodFirstIssues.Offer offer, String menteeId) {
        List<String> lines = new ArrayList<>();
        if (offer.picked().isPresent() || !offer.suggested().isEmpty()) {
            lines.add(issuesHeading(menteeId));
        }
        offer.picked().ifPresent(i -> lines.add(pickedIssue(i)));
        offer.suggested().forEach(i -> lines.add(suggestedIssue(i)));
        if (!offer.fetched()) {
            lines.add(issuesUnavailable(offer.listUrl()));
        } else if (offer.suggested().isEmpty()) {
            lines.add(noIssuesOpen(offer.listUrl()));
        }
        return String.join("\n", lines);
    }

    static String issueTaken(String menteeId, IssueClaims.Claimed c) {
        return ":raising_hand: " + mention(menteeId) + " took " + issueLink(c.issue().number(), c.issue().title(),
                c.issue().url()) + c.replaced().map(n -> " instead of #" + n).orElse("")
                + "; comment on the issue so maintainers know you are on it.";
    }

    static String claimedReply(IssueClaims.Claimed c) {
        return ":white_check_mark: #" + c.issue().number() + " is yours"
                + c.replaced().map(n -> "; #" + n + " is free again for others").orElse("") + ".";
    }

    static String brokenClaim() {
        return "This Claim button is not one the bot made; nothing changed.";
    }

    static String claimPairEnded() {
        return "This mentorship has ended, so its issues can no longer be claimed; nothing changed.";
    }

    static String onlyMenteeClaims(Pair pair, String memberId) {
        return memberId.equals(pair.mentorId())
                ? "Only " + mention(pair.menteeId()) + " can claim an issue here: it is their first contribution. "
                        + "Suggest one in this conversation instead; nothing changed."
                : "Only the mentee of this pair can claim its issues; nothing changed.";
    }

    static String alreadyClaimed(long number) {
        return "You already claimed #" + number + "; nothing changed.";
    }

    static String claimedByAnother(long number) {
        return "Another mentee has claimed #" + number + "; pick another issue. Nothing changed.";
    }
}

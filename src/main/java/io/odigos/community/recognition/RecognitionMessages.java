package io.odigos.community.recognition;

import static io.odigos.community.slack.SlackText.escape;

/** The words recognition sends about links and badges, and its refusals that need Slack markup or a command. */
final class RecognitionMessages {

    private RecognitionMessages() {
    }

    static String linkAlreadyUsed() {
        return "This link was already used. Run `/profile github` in Slack for a new one.";
    }

    static String linkedVerified(String login, int credited) {
        return ":link: Linked GitHub @" + login + " to your Slack account (verified through GitHub)"
                + (credited > 0 ? "; " + credited + " earlier contributions are now credited to you." : ".");
    }

    static String linkTakenOver(String login) {
        return ":link: Another member proved through GitHub that the GitHub account @" + login + " is theirs, so it is "
                + "no longer linked to you and its contributions moved with it. If it is yours, run `/profile github` "
                + "to prove it.";
    }

    static String notAGitHubLogin(String rawLogin) {
        return "`" + escape(rawLogin == null ? "" : rawLogin.strip()) + "` is not a GitHub login.";
    }

    static String noSuchBadge(String badgeId) {
        return "There is no badge `" + escape(badgeId) + "`.";
    }

    static String noSuchBadgeSeeCatalogue(String badgeId) {
        return noSuchBadge(badgeId) + " The catalogue: `/community-admin badges`.";
    }

    static String giveAwardReason() {
        return "Give a reason, e.g. `/community-admin badge-award @ann mentor paired with 3 newcomers`.";
    }

    static String alreadyHasBadge(String memberId, Badge badge) {
        return "<@" + memberId + "> already has " + badge.display() + ".";
    }

    static String doesNotHaveBadge(String memberId, Badge badge) {
        return "<@" + memberId + "> does not have " + badge.display() + ".";
    }

    static String badgeEarnedPost(String memberId, Badge badge) {
        return ":medal: <@" + memberId + "> earned " + badge.display() + ": " + escape(badge.description());
    }

    static String badgeEarnedDm(Badge badge) {
        return ":medal: You earned " + badge.display() + "! " + escape(badge.description());
    }
}

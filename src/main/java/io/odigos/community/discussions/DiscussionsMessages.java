package io.odigos.community.discussions;

import io.odigos.community.slack.SlackText;
import java.util.Optional;

/** The words of {@code /community-admin github}. */
final class DiscussionsMessages {

    private DiscussionsMessages() {
    }

    static String adminView(Optional<String> category, String repositoryUrl, Optional<CategoryCheck.Outcome> last,
                            Optional<DiscussionsFeature.MirrorView> mirror, int pointsUsed,
                            Optional<PointsBudget.Remaining> remaining) {
        StringBuilder b = new StringBuilder("*GitHub Discussions*\n");
        if (category.isEmpty()) {
            b.append("Mirroring is off: set `GITHUB_DISCUSSIONS_CATEGORY` to a discussion category of ")
                    .append(SlackText.escape(repositoryUrl)).append(" to turn it on.\n");
        } else {
            b.append("Mirroring is configured: category *").append(SlackText.escape(category.get())).append("* of ")
                    .append(SlackText.escape(repositoryUrl)).append(".\n");
            if (last.isEmpty()) {
                b.append(":hourglass_flowing_sand: The start-up check has not finished yet.\n");
            } else if (last.get().ok()) {
                b.append(":white_check_mark: Last check ")
                        .append(SlackText.date(last.get().at(), last.get().at().toString()))
                        .append(": the token reads the repository and the category exists.\n");
            } else {
                b.append(":warning: Last check ").append(SlackText.date(last.get().at(), last.get().at().toString()))
                        .append(": ").append(SlackText.escape(last.get().warning().get())).append('\n');
            }
        }
        mirror.ifPresent(m -> b.append(mirrorState(m)));
        b.append("API points used in the last hour: ").append(pointsUsed).append(" of GitHub's 5,000.");
        // the token may be shared with other tools, so what GitHub says is left can be less than 5,000 minus ours
        remaining.ifPresent(r -> b.append(" GitHub said ").append(r.points()).append(" remain until ")
                .append(SlackText.date(r.resetAt(), r.resetAt().toString())).append('.'));
        return b.toString();
    }

    /** Upvote polling's line: its share of the points and what it spent, and whether it waits for GitHub. */
    static String polling(UpvotePoller.State s) {
        return "\nUpvote polling: " + s.pointsUsedInLastHour() + " of its " + s.pointsPerHour()
                + " points an hour spent in the last hour." + s.pausedUntil().map(t -> " :double_vertical_bar: It waits "
                + "until " + SlackText.date(t, t.toString()) + s.trouble().map(x -> ": " + SlackText.escape(x))
                .orElse("") + ".").orElse("");
    }

    private static String mirrorState(DiscussionsFeature.MirrorView m) {
        StringBuilder b = new StringBuilder("Requests with a discussion: ").append(m.backlog().mirrored())
                .append(". Behind (to create or update): ").append(m.backlog().behind())
                .append(". Writes in the last hour: ").append(m.writesInLastHour()).append(" of the bot's ")
                .append(WritePace.PER_HOUR).append(".\n");
        if (m.backlog().failing() > 0) {
            b.append(":warning: ").append(m.backlog().failing()).append(" request(s) refused by GitHub and retried; ")
                    .append("the latest: ").append(SlackText.escape(m.backlog().latestError().orElse(""))).append('\n');
        }
        m.pausedUntil().ifPresent(t -> b.append(":double_vertical_bar: Mirroring waits until ")
                .append(SlackText.date(t, t.toString())).append(m.trouble().map(x -> ": " + SlackText.escape(x.what()))
                        .orElse("")).append('\n'));
        return b.toString();
    }
}

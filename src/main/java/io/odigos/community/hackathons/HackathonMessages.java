package io.odigos.community.hackathons;

import static io.odigos.community.slack.SlackText.escape;

import io.odigos.community.slack.SlackText;
import java.time.Duration;
import java.time.Instant;

/** The words hackathons send. Member-written text is escaped; times use Slack's token (each reader's zone). */
final class HackathonMessages {

    private HackathonMessages() {
    }

    static String when(Instant at) {
        return SlackText.date(at, at.toString());
    }

    static String created(Hackathon h, HackathonDraft d) {
        StringBuilder b = new StringBuilder(":rocket: *").append(escape(h.title())).append("* is coming: ")
                .append(escape(h.theme())).append("\nRegistration opens ").append(when(d.registrationOpens()))
                .append(", hacking starts ").append(when(d.hackingStarts())).append(", submissions close ")
                .append(when(d.submissionsClose())).append(".\n*Challenges:* ");
        d.challenges().forEach(c -> b.append(escape(c.name())).append("; "));
        b.append("\n*Prizes:* ");
        d.prizes().forEach(p -> b.append(escape(p.name())).append("; "));
        return b.append("\nTeams of ").append(d.minTeamSize()).append("-").append(d.maxTeamSize())
                .append(". Everything happens here: `/hackathon`.").toString();
    }

    static String phaseBegan(Hackathon h, Phase phase) {
        String title = "*" + escape(h.title()) + "*";
        return switch (phase) {
            case REGISTRATION -> ":ticket: Registration for " + title + " is open! Sign up, solo or with a team: `/hackathon`.";
            case TEAM_UP -> ":busts_in_silhouette: Registration for " + title + " is closed. Still looking for "
                    + "teammates? The board in `/hackathon` shows who is looking.";
            case HACKING -> ":keyboard: Hacking has started in " + title + "! Submissions close "
                    + when(h.submissionsClose()) + ".";
            case JUDGING -> ":lock: Submissions for " + title + " are closed. Judges are scoring; community voting is open.";
            case FINISHED -> ":checkered_flag: Judging for " + title + " is done; results are coming.";
            case ANNOUNCED -> title + " is announced.";
        };
    }

    static String registered(Hackathon h) {
        return ":white_check_mark: You are registered for *" + escape(h.title()) + "*. Create or join a team, or look "
                + "for teammates on the board: `/hackathon`.";
    }

    static String joined(Team team, String memberId) {
        return ":handshake: <@" + memberId + "> joined your team *" + escape(team.name()) + "*.";
    }

    static String results(Hackathon h, java.util.Map<JudgingService.Prize, Ranked> winners) {
        StringBuilder b = new StringBuilder(":trophy: The results of *").append(escape(h.title())).append("* are in!\n");
        winners.forEach((prize, r) -> b.append("• *").append(escape(prize.name())).append("*: ")
                .append(escape(r.submission().name())).append(" by ")
                .append(String.join(", ", r.members().stream().map(m -> "<@" + m + ">").toList())).append('\n'));
        return b.append("Thank you to every hacker, judge and voter.").toString();
    }

    static String submissionsCloseSoon(Hackathon h, Duration left) {
        long hours = Math.max(1, Math.round(left.toMinutes() / 60.0));
        return ":hourglass: Submissions for *" + escape(h.title()) + "* close in " + hours + (hours == 1 ? " hour" : " hours")
                + " (" + when(h.submissionsClose()) + "). Submit or update your project with `/hackathon`.";
    }
}

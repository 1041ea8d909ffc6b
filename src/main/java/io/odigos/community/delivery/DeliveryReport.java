package io.odigos.community.delivery;

import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.SlackOutbox.DeliveryStatus;
import io.odigos.community.slack.SlackText;
import io.odigos.community.slack.Undeliverable;
import java.time.Duration;

/** The words admins read about delivery: in {@code /community-admin outbox} and in the alert DM. */
final class DeliveryReport {

    private DeliveryReport() {
    }

    /** The whole picture: messages by state, the oldest one's age, the latest undeliverable ones. */
    static String status(DeliveryStatus s) {
        StringBuilder b = new StringBuilder("*Messages to Slack*\n");
        b.append("• Waiting: ").append(s.urgentPending()).append(" urgent, ").append(s.bulkPending())
                .append(" bulk (fan-outs to voters)");
        if (s.retrying() > 0) {
            b.append("; ").append(s.retrying()).append(" of them being tried again after a failure");
        }
        b.append("\n• Oldest waiting: ").append(s.pending() == 0 ? "nothing waits" : age(s.oldestPendingAge()));
        b.append("\n• Undeliverable: ").append(s.undeliverable());
        if (!s.latestUndeliverable().isEmpty()) {
            b.append("\n\n*Latest undeliverable*\n");
            s.latestUndeliverable().forEach(u -> b.append(line(u)).append('\n'));
            b.append("Once the cause is fixed (say, the bot was invited to the channel), send one again with `")
                    .append(AdminCommands.COMMAND).append(" outbox resend <ref>`, or all of them with `")
                    .append(AdminCommands.COMMAND).append(" outbox resend all`.");
        }
        return b.toString();
    }

    static String line(Undeliverable u) {
        return "• `" + u.ref() + "` to " + destination(u.channel()) + ": " + SlackText.escape(SlackText.clip(u.what(), 80))
                + " — *" + SlackText.escape(u.reason()) + "*, " + SlackText.date(u.at(), u.at().toString());
    }

    /** A member id is a DM; anything else a channel. */
    private static String destination(String channel) {
        return channel.startsWith("U") || channel.startsWith("W") ? "<@" + channel + ">'s DM" : "<#" + channel + ">";
    }

    static String age(Duration d) {
        long minutes = d.toMinutes();
        if (minutes >= 120) {
            return d.toHours() + " h " + (minutes % 60) + " min";
        }
        return minutes > 0 ? minutes + " min " + d.toSecondsPart() + " s" : Math.max(0, d.toSeconds()) + " s";
    }
}

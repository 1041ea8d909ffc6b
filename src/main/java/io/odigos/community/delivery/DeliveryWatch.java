package io.odigos.community.delivery;

import io.odigos.community.core.Database;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackOutbox.DeliveryStatus;
import io.odigos.community.slack.Undeliverable;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tells the admins (COMMUNITY_ADMINS) by DM when messages turn undeliverable or the oldest waiting message gets
 * older than the configured limit: one DM per new problem (undeliverable ones at most hourly), never one per message,
 * and with several instances still one (the alert row is locked while deciding).
 */
final class DeliveryWatch {

    private static final int LATEST = 5;
    /** However many messages keep failing, admins hear of new ones at most this often. */
    static final Duration UNDELIVERABLE_QUIET = Duration.ofHours(1);

    private final Database database;
    private final SlackOutbox outbox;
    private final List<String> admins;
    private final Duration alertAfter;
    private final Clock clock;

    DeliveryWatch(Database database, SlackOutbox outbox, List<String> admins, Duration alertAfter, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.admins = admins;
        this.alertAfter = alertAfter;
        this.clock = clock;
    }

    /** Looks once; answers how many alert DMs it queued. */
    int check() {
        DeliveryStatus status = outbox.status(LATEST);
        Instant now = clock.instant();
        int queued = database.inTransaction(em -> {
            DeliveryAlerts alerts = em.find(DeliveryAlerts.class, DeliveryAlerts.ID, LockModeType.PESSIMISTIC_WRITE);
            StringBuilder text = new StringBuilder();
            List<Undeliverable> fresh = status.latestUndeliverable().stream()
                    .filter(u -> alerts.undeliverableSeenAt() == null || u.at().isAfter(alerts.undeliverableSeenAt()))
                    .toList();
            boolean quiet = alerts.undeliverableAlertedAt() != null
                    && alerts.undeliverableAlertedAt().plus(UNDELIVERABLE_QUIET).isAfter(now);
            if (!fresh.isEmpty() && !quiet) {
                alerts.undeliverableSeen(fresh.get(0).at());
                alerts.undeliverableAlerted(now);
                text.append(":warning: Slack refused ").append(fresh.size() == LATEST ? "at least " : "")
                        .append(fresh.size()).append(fresh.size() == 1 ? " message" : " messages")
                        .append(" for good, so ").append(fresh.size() == 1 ? "it was" : "they were").append(" not delivered:\n");
                fresh.forEach(u -> text.append(DeliveryReport.line(u)).append('\n'));
            }
            boolean backlogOld = status.pending() > 0 && status.oldestPendingAge().compareTo(alertAfter) > 0;
            if (backlogOld && alerts.backlogAlertedAt() == null) {
                alerts.backlogAlerted(now);
                text.append(":hourglass: Messages to Slack are backing up: the oldest has waited ")
                        .append(DeliveryReport.age(status.oldestPendingAge())).append(" (").append(status.pending())
                        .append(" waiting). Slack may be rate limiting the bot or unreachable; nothing is dropped.\n");
            } else if (!backlogOld && alerts.backlogAlertedAt() != null) {
                alerts.backlogAlerted(null); // the backlog cleared: the next one is news again
            }
            if (text.isEmpty()) {
                return 0;
            }
            text.append("See `").append(AdminCommands.COMMAND).append(" outbox`.");
            admins.forEach(admin -> outbox.enqueue(em, OutgoingMessage.dm(admin, text.toString(), null)));
            return admins.size();
        });
        return queued;
    }
}

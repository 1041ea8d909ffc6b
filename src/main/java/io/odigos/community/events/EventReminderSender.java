package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What a reminder trigger sends when it fires: DMs to registrants or the channel's start post, each once. */
public final class EventReminderSender {

    private final Database database;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final String channel;

    EventReminderSender(Database database, SlackOutbox outbox, Clock clock, String channel) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
        this.channel = channel;
    }

    /**
     * Sends one scheduled reminder. Dropped when the event was cancelled or moved since it was scheduled (the
     * version differs), or when it is late: DMs after the start, the channel post after the end. Each recipient
     * gets it once, however often the job runs.
     */
    public int deliverReminder(long eventId, String reminder, int scheduleVersion) {
        return database.inTransaction(em -> {
            CommunityEvent e = em.find(CommunityEvent.class, eventId);
            Instant now = clock.instant();
            if (e == null || e.isCancelled() || e.scheduleVersion() != scheduleVersion) {
                return 0;
            }
            if (EventReminders.START.equals(reminder)) {
                if (!now.isBefore(e.endsAt()) || !markSent(em, e, EventReminders.CHANNEL, reminder, now)) {
                    return 0;
                }
                outbox.enqueue(em, OutgoingMessage.to(channel, EventMessages.startsNow(e), null));
                return 1;
            }
            if (!now.isBefore(e.startsAt())) {
                return 0;
            }
            Duration untilStart = Duration.between(now, e.startsAt());
            int count = 0;
            for (String member : EventStore.people(em, eventId, RegistrationStatus.REGISTERED)) {
                if (markSent(em, e, member, reminder, now)) {
                    outbox.enqueue(em, OutgoingMessage.dm(member, EventMessages.reminder(e, untilStart), null));
                    count++;
                }
            }
            return count;
        });
    }

    /** Records the reminder as sent to the recipient; false when it already was (this version). */
    private static boolean markSent(EntityManager em, CommunityEvent e, String recipient, String reminder, Instant now) {
        return em.createNativeQuery("insert into event_reminders_sent (event_id, recipient, reminder, schedule_version, "
                        + "sent_at) select ?1, ?2, ?3, ?4, ?5 from community_events where id = ?1 and not exists (select 1 "
                        + "from event_reminders_sent s where s.event_id = ?1 and s.recipient = ?2 and s.reminder = ?3 "
                        + "and s.schedule_version = ?4)")
                .setParameter(1, e.id()).setParameter(2, recipient).setParameter(3, reminder)
                .setParameter(4, e.scheduleVersion()).setParameter(5, now).executeUpdate() == 1;
    }
}

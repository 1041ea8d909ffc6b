package io.odigos.community.events;

import io.odigos.community.core.Database;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What a reminder trigger sends when it fires: DMs to registrants or the channel's start post, each once. */
public final class EventReminderSender {

    private final Database database;
    private final EventStore store;
    private final SlackOutbox outbox;
    private final Clock clock;
    private final String channel;

    EventReminderSender(Database database, EventStore store, SlackOutbox outbox, Clock clock, String channel) {
        this.database = database;
        this.store = store;
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
            CommunityEvent e = store.find(em, eventId);
            Instant now = clock.instant();
            if (e == null || e.isCancelled() || e.scheduleVersion() != scheduleVersion) {
                return 0;
            }
            if (EventReminders.START.equals(reminder)) {
                if (!now.isBefore(e.endsAt()) || !store.markReminderSent(em, e, EventReminders.CHANNEL, reminder, now)) {
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
            for (String member : store.people(em, eventId, RegistrationStatus.REGISTERED)) {
                if (store.markReminderSent(em, e, member, reminder, now)) {
                    outbox.enqueue(em, OutgoingMessage.dm(member, EventMessages.reminder(e, untilStart), null));
                    count++;
                }
            }
            return count;
        });
    }

}

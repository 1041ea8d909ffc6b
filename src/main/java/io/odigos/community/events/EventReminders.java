package io.odigos.community.events;

import io.odigos.community.core.OneShotTriggers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * An event's reminders: a DM to registrants at each configured offset before the start and a channel post at the
 * start, as one-shot triggers named by event and reminder, so rescheduling replaces them and cancelling removes
 * them. Whether a late one is still worth sending is decided when it fires (EventReminderSender.deliverReminder).
 */
public final class EventReminders {

    static final String GROUP = "event-reminders";
    static final JobKey JOB = JobKey.jobKey("event-reminder", GROUP);
    static final String START = "start";
    /** Recipient recorded for the channel post in the sent-reminders table. */
    static final String CHANNEL = "#channel";
    static final String EVENT_ID = "eventId";
    static final String REMINDER = "reminder";
    static final String VERSION = "version";

    private final OneShotTriggers triggers;
    private final List<Duration> offsets;
    private final Clock clock;

    public EventReminders(OneShotTriggers triggers, List<Duration> offsets, Clock clock) {
        this.triggers = triggers;
        this.offsets = List.copyOf(offsets);
        this.clock = clock;
    }

    /** The reminder names in use, e.g. "dm-1440" for 24 hours before, and "start". */
    List<String> names() {
        List<String> names = new ArrayList<>();
        offsets.forEach(o -> names.add(dmName(o)));
        names.add(START);
        return names;
    }

    static String dmName(Duration offset) {
        return "dm-" + offset.toMinutes();
    }

    void install() {
        triggers.install(JOB, EventReminderJob.class, "sends event reminders");
    }

    /** (Re)creates the event's triggers for its current time; reminders whose moment has passed are not created. */
    public void schedule(CommunityEvent event) {
        unschedule(event.id());
        if (event.isCancelled()) {
            return;
        }
        Instant now = clock.instant();
        for (Duration offset : offsets) {
            Instant at = event.startsAt().minus(offset);
            if (at.isAfter(now)) {
                schedule(event, dmName(offset), at);
            }
        }
        schedule(event, START, event.startsAt());
    }

    private void schedule(CommunityEvent event, String reminder, Instant at) {
        triggers.schedule(JOB, key(event.id(), reminder), at,
                Map.of(EVENT_ID, event.id(), REMINDER, reminder, VERSION, event.scheduleVersion()));
    }

    public void unschedule(long eventId) {
        names().forEach(name -> triggers.unschedule(key(eventId, name)));
    }

    /** The pending trigger of one reminder, if any. */
    public Optional<Trigger> pending(long eventId, String reminder) {
        return triggers.pending(key(eventId, reminder));
    }

    static TriggerKey key(long eventId, String reminder) {
        return TriggerKey.triggerKey("event-" + eventId + "-" + reminder, GROUP);
    }
}

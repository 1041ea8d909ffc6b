package io.odigos.community.events;

import io.odigos.community.core.JobScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Quartz triggers for an event's reminders: a DM to registrants at each configured offset before the start and a
 * channel post at the start. Triggers are named by event and reminder, so rescheduling replaces them and
 * cancelling removes them. A trigger missed while the bot was down fires as soon as it is back (FIRE_NOW); the
 * job then decides whether it is still worth sending (see EventService.deliverReminder).
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

    private final JobScheduler scheduler;
    private final List<Duration> offsets;
    private final Clock clock;

    public EventReminders(JobScheduler scheduler, List<Duration> offsets, Clock clock) {
        this.scheduler = scheduler;
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

    /** Stores the reminder job once; triggers point at it. */
    void install() {
        try {
            if (!scheduler.quartz().checkExists(JOB)) {
                scheduler.quartz().addJob(JobBuilder.newJob(EventReminderJob.class).withIdentity(JOB).storeDurably()
                        .withDescription("sends event reminders").build(), false);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot store the event reminder job", e);
        }
    }

    /** (Re)creates the event's triggers for its current time; reminders whose moment has passed are not created. */
    public void schedule(CommunityEvent event) {
        unschedule(event.id());
        if (event.isCancelled()) {
            return;
        }
        Instant now = clock.instant();
        try {
            for (Duration offset : offsets) {
                Instant at = event.startsAt().minus(offset);
                if (at.isAfter(now)) {
                    scheduler.quartz().scheduleJob(trigger(event, dmName(offset), at));
                }
            }
            scheduler.quartz().scheduleJob(trigger(event, START, event.startsAt()));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule reminders for event " + event.id(), e);
        }
    }

    public void unschedule(long eventId) {
        try {
            for (String name : names()) {
                scheduler.quartz().unscheduleJob(key(eventId, name));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove reminders of event " + eventId, e);
        }
    }

    /** The pending trigger of one reminder, if any. */
    public Optional<Trigger> pending(long eventId, String reminder) {
        try {
            return Optional.ofNullable(scheduler.quartz().getTrigger(key(eventId, reminder)));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private Trigger trigger(CommunityEvent event, String reminder, Instant at) {
        return TriggerBuilder.newTrigger()
                .withIdentity(key(event.id(), reminder))
                .forJob(JOB)
                .usingJobData(EVENT_ID, event.id())
                .usingJobData(REMINDER, reminder)
                .usingJobData(VERSION, event.scheduleVersion())
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    static TriggerKey key(long eventId, String reminder) {
        return TriggerKey.triggerKey("event-" + eventId + "-" + reminder, GROUP);
    }
}

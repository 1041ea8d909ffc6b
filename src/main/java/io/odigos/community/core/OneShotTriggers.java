package io.odigos.community.core;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Triggers that fire once at a moment, each named after what it is for (an event's reminder, a hackathon's phase),
 * so scheduling again replaces it and it can be found and removed by name. A trigger missed while the bot was down
 * fires as soon as it is back (FIRE_NOW); the job decides whether it is still worth acting on.
 */
public final class OneShotTriggers {

    private final JobScheduler scheduler;

    public OneShotTriggers(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Stores the durable job the triggers point at, once. */
    public void install(JobKey job, Class<? extends Job> type, String description) {
        try {
            if (!scheduler.quartz().checkExists(job)) {
                scheduler.quartz().addJob(JobBuilder.newJob(type).withIdentity(job).storeDurably()
                        .withDescription(description).build(), false);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot store job " + job, e);
        }
    }

    /** Replaces the trigger of that name with one firing at the given moment. */
    public void schedule(JobKey job, TriggerKey key, Instant at, Map<String, ?> data) {
        try {
            scheduler.quartz().unscheduleJob(key);
            scheduler.quartz().scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(key)
                    .forJob(job)
                    .usingJobData(new JobDataMap(data))
                    .startAt(Date.from(at))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key, e);
        }
    }

    public void unschedule(TriggerKey key) {
        try {
            scheduler.quartz().unscheduleJob(key);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove " + key, e);
        }
    }

    public Optional<Trigger> pending(TriggerKey key) {
        try {
            return Optional.ofNullable(scheduler.quartz().getTrigger(key));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}

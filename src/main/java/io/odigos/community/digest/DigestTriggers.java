package io.odigos.community.digest;

import io.odigos.community.core.JobScheduler;
import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.slack.DigestPeriod.Edition;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.DateBuilder.IntervalUnit;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The Quartz side of digests: one calendar-interval trigger per edition (every 2 weeks, or every month, at the
 * configured local time; a calendar interval keeps the weekday and the day of the month, where a cron on "every 14
 * days" would drift at month ends), and one one-shot trigger per draft for posting it by itself.
 */
public final class DigestTriggers {

    static final JobKey JOB = JobKey.jobKey("digest", "digest");
    private static final String GROUP = "digest";
    /** What the trigger was built from; a change of settings replaces it. */
    private static final String SCHEDULE = "schedule";

    private final JobScheduler scheduler;
    private final OneShotTriggers oneShots;
    private final DigestCalendar calendar;
    private final Clock clock;

    DigestTriggers(JobScheduler scheduler, DigestCalendar calendar, Clock clock) {
        this.scheduler = scheduler;
        this.oneShots = new OneShotTriggers(scheduler);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Stores the job and makes sure each edition's trigger exists and matches the settings; returns since when. */
    Instant ensureSchedule(Edition edition) {
        oneShots.install(JOB, DigestJob.class, "drafts the community update and the newsletter, and posts drafts");
        TriggerKey key = TriggerKey.triggerKey(edition.name().toLowerCase(), GROUP);
        String signature = signature(edition);
        try {
            Trigger existing = scheduler.quartz().getTrigger(key);
            if (existing != null && signature.equals(existing.getJobDataMap().getString(SCHEDULE))) {
                return existing.getStartTime().toInstant();
            }
            Instant first = calendar.nextIssueAfter(edition, clock.instant());
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(JOB)
                    .usingJobData(DigestJob.EDITION, edition.name()).usingJobData(SCHEDULE, signature)
                    .startAt(Date.from(first))
                    .withSchedule(CalendarIntervalScheduleBuilder.calendarIntervalSchedule()
                            .withInterval(edition == Edition.UPDATE ? DigestCalendar.UPDATE_WEEKS : 1,
                                    edition == Edition.UPDATE ? IntervalUnit.WEEK : IntervalUnit.MONTH)
                            .inTimeZone(TimeZone.getTimeZone(calendar.schedule().zone()))
                            .preserveHourOfDayAcrossDaylightSavings(true)
                            .skipDayIfHourDoesNotExist(false)
                            // a run the bot missed happens once when it is back; the job drafts what is due
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            if (existing == null) {
                scheduler.quartz().scheduleJob(trigger);
            } else {
                scheduler.quartz().rescheduleJob(key, trigger);
            }
            return first;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the " + edition.title().toLowerCase(), e);
        }
    }

    Optional<Instant> nextIssue(Edition edition) {
        try {
            Trigger trigger = scheduler.quartz().getTrigger(TriggerKey.triggerKey(edition.name().toLowerCase(), GROUP));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the draft by itself at its time, unless an admin decides first (the job then finds nothing to post). */
    void autoPost(Digest draft) {
        Instant at = draft.postAt().isBefore(clock.instant()) ? clock.instant() : draft.postAt();
        oneShots.schedule(JOB, postKey(draft), at, Map.of(DigestJob.EDITION, draft.edition().name(),
                DigestJob.PERIOD, draft.period()));
    }

    boolean hasAutoPost(Digest draft) {
        return oneShots.pending(postKey(draft)).isPresent();
    }

    private static TriggerKey postKey(Digest draft) {
        return TriggerKey.triggerKey("post-" + draft.edition().name().toLowerCase() + "-" + draft.period(), GROUP);
    }

    private String signature(Edition edition) {
        var s = calendar.schedule();
        return edition == Edition.UPDATE ? "every " + DigestCalendar.UPDATE_WEEKS + " weeks on " + s.weekday() + " at "
                + s.time() + " " + s.zone() : "monthly on day " + s.newsletterDay() + " at " + s.time() + " " + s.zone();
    }
}

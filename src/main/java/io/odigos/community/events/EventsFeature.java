package io.odigos.community.events;

import io.odigos.community.core.OneShotTriggers;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.HomeSection;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackRoutes;
import jakarta.servlet.http.HttpServlet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/** Community calls, webinars, workshops and office hours: scheduling, registration, reminders, calendars. */
public final class EventsFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(CommunityEvent.class, EventSeries.class, Registration.class,
            EventTopic.class);
    static final JobKey SERIES_JOB = JobKey.jobKey("event-series", EventReminders.GROUP);

    private final Platform platform;
    private final EventService service;
    private final EventReminders reminders;
    private final EventListeners listeners;
    private final EventViews views;
    private final CalendarFeeds feeds;

    public EventsFeature(Platform platform) {
        this.platform = platform;
        var config = platform.config();
        this.reminders = new EventReminders(new OneShotTriggers(platform.scheduler()), config.eventReminderOffsets(),
                platform.clock());
        this.service = new EventService(platform.database(), platform.outbox(), platform.audit(), platform.members(),
                platform.clock(), config.communityChannel(), reminders, config.eventSeriesMonthsAhead());
        this.views = new EventViews(config.publicUrl());
        this.feeds = new CalendarFeeds(platform.database(), platform.clock());
        this.listeners = new EventListeners(service, views, feeds, platform.members(), platform.outbox(),
                platform.poster(), platform.afterAck(), platform.home(), platform.modals());
    }

    public EventService service() {
        return service;
    }

    public EventReminders reminders() {
        return reminders;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(EventReminderJob.class, () -> new EventReminderJob(service));
        platform.scheduler().registerJob(EventSeriesJob.class, () -> new EventSeriesJob(service));
    }

    /** Stores the jobs, plans series occurrences daily, and re-creates reminders an earlier version may lack. */
    @Override
    public void afterStart() {
        reminders.install();
        try {
            var quartz = platform.scheduler().quartz();
            if (!quartz.checkExists(SERIES_JOB)) {
                quartz.scheduleJob(JobBuilder.newJob(EventSeriesJob.class).withIdentity(SERIES_JOB)
                                .withDescription("creates monthly series occurrences ahead").build(),
                        TriggerBuilder.newTrigger().withIdentity("event-series-daily", EventReminders.GROUP)
                                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 0)
                                        .withMisfireHandlingInstructionFireAndProceed()).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule the event series job", e);
        }
        Instant now = platform.clock().instant();
        for (CommunityEvent e : service.scheduledAfter(now)) {
            if (reminders.pending(e.id(), EventReminders.START).isEmpty()) {
                reminders.schedule(e);
            }
        }
    }

    @Override
    public List<DigestSection> digestSections() {
        return new EventsDigest(service).sections();
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new EventsHome(listeners, views, service, platform.members()));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        return Map.of(CalendarServlet.PATH, new CalendarServlet(service, feeds, platform.clock()));
    }
}

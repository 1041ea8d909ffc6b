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
    private final EventStore store;
    private final EventAdmin admin;
    private final EventRegistrations registrations;
    private final EventAttendance attendance;
    private final EventTopics topics;
    private final EventSeriesPlanner series;
    private final EventReminderSender reminderSender;
    private final EventsInPeriod inPeriod;
    private final EventReminders reminders;
    private final EventListeners listeners;
    private final EventViews views;
    private final CalendarFeeds feeds;

    public EventsFeature(Platform platform) {
        this.platform = platform;
        var config = platform.config();
        this.reminders = new EventReminders(new OneShotTriggers(platform.scheduler()), config.eventReminderOffsets(),
                platform.clock());
        var database = platform.database();
        var clock = platform.clock();
        this.store = new EventStore(database, clock);
        this.registrations = new EventRegistrations(database, store, platform.outbox(), clock);
        this.attendance = new EventAttendance(database, store, clock);
        this.topics = new EventTopics(database, store, new EventTopicStore(database), clock);
        this.series = new EventSeriesPlanner(database, store, clock, reminders, config.eventSeriesMonthsAhead());
        this.admin = new EventAdmin(platform.adminWrites(), store,
                platform.outbox(), clock, config.communityChannel(), reminders, registrations, series);
        this.reminderSender = new EventReminderSender(database, store, platform.outbox(), clock,
                config.communityChannel());
        this.inPeriod = new EventsInPeriod(store, clock);
        this.views = new EventViews(config.publicUrl());
        this.feeds = new CalendarFeeds(database, store, clock);
        this.listeners = new EventListeners(store, admin, registrations, attendance, topics, views, feeds,
                platform.members(), platform.outbox(), platform.poster(), platform.afterAck(), platform.home(),
                platform.modals());
    }

    public EventAdmin admin() {
        return admin;
    }

    public EventRegistrations registrations() {
        return registrations;
    }

    public EventsInPeriod inPeriod() {
        return inPeriod;
    }

    EventStore store() {
        return store;
    }

    EventAttendance attendance() {
        return attendance;
    }

    EventTopics topics() {
        return topics;
    }

    EventSeriesPlanner series() {
        return series;
    }

    EventReminderSender reminderSender() {
        return reminderSender;
    }

    public EventReminders reminders() {
        return reminders;
    }

    @Override
    public void register(SlackRoutes routes) {
        listeners.register(routes);
        listeners.registerAdmin(platform.admin());
        platform.scheduler().registerJob(EventReminderJob.class, () -> new EventReminderJob(reminderSender));
        platform.scheduler().registerJob(EventSeriesJob.class, () -> new EventSeriesJob(series));
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
        for (CommunityEvent e : store.scheduledAfter(now)) {
            if (reminders.pending(e.id(), EventReminders.START).isEmpty()) {
                reminders.schedule(e);
            }
        }
    }

    @Override
    public List<DigestSection> digestSections() {
        return new EventsDigest(inPeriod).sections();
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new EventsHome(listeners, views, store, platform.members()));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        return Map.of(CalendarServlet.PATH, new CalendarServlet(store, feeds, platform.clock()));
    }
}

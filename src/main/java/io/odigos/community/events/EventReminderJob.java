package io.odigos.community.events;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** Fired by a reminder trigger; the service decides what, if anything, is still worth sending. */
public final class EventReminderJob implements Job {

    private final EventService service;

    public EventReminderJob(EventService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        service.deliverReminder(data.getLong(EventReminders.EVENT_ID), data.getString(EventReminders.REMINDER),
                data.getInt(EventReminders.VERSION));
    }
}

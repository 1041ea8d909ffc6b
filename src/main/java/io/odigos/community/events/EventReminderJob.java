package io.odigos.community.events;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** Fired by a reminder trigger; the sender decides what, if anything, is still worth sending. */
public final class EventReminderJob implements Job {

    private final EventReminderSender sender;

    public EventReminderJob(EventReminderSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        sender.deliverReminder(data.getLong(EventReminders.EVENT_ID), data.getString(EventReminders.REMINDER),
                data.getInt(EventReminders.VERSION));
    }
}

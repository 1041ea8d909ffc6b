package io.odigos.community.design;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every minute: the final comment period reminders and the window closings that are due by the domain clock.
 * Misfire rule: a minute missed while the bot was down is not caught up minute by minute (Quartz's
 * next-with-remaining-count); the next run finds everything due by then through the columns, so a reminder or a
 * closing missed during downtime happens once when the bot is back. A reminder whose window has closed meanwhile is
 * not sent: the closing clears it.
 */
@DisallowConcurrentExecution
public final class DesignSweepJob implements Job {

    private final DesignWindows windows;

    DesignSweepJob(DesignWindows windows) {
        this.windows = windows;
    }

    @Override
    public void execute(JobExecutionContext context) {
        windows.sweep();
    }
}

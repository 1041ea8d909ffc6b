package io.odigos.community.delivery;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute: tell the admins if messages turned undeliverable or the backlog got old. */
@DisallowConcurrentExecution
public final class DeliveryWatchJob implements Job {

    private final DeliveryWatch watch;

    DeliveryWatchJob(DeliveryWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(JobExecutionContext context) {
        watch.check();
    }
}

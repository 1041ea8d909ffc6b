package io.odigos.community.discussions;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every minute: one mirror pass. Quartz runs it on one instance at a time (clustered on PostgreSQL), so two
 * instances never create the same discussion. Misfire rule: a minute missed while the bot was down is skipped (next
 * with remaining count), because every pass takes up all that is behind.
 */
@DisallowConcurrentExecution
public final class MirrorJob implements Job {

    private final Mirror mirror;

    MirrorJob(Mirror mirror) {
        this.mirror = mirror;
    }

    @Override
    public void execute(JobExecutionContext context) {
        mirror.pass();
    }
}

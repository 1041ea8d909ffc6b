package io.odigos.community.discussions;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every minute: one run of the upvote poller. Quartz runs it on one instance at a time (clustered on PostgreSQL).
 * Misfire rule: a minute missed while the bot was down is skipped (next with remaining count), because the
 * discussions it would have polled stay due and the next run takes them, most recently active first.
 */
@DisallowConcurrentExecution
public final class UpvotePollJob implements Job {

    private final UpvotePoller poller;

    UpvotePollJob(UpvotePoller poller) {
        this.poller = poller;
    }

    @Override
    public void execute(JobExecutionContext context) {
        poller.run();
    }
}

package io.odigos.community.knowledge;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily: asks the authors of guides written for an older Odigos minor release whether they still hold. */
@DisallowConcurrentExecution
public final class FreshnessJob implements Job {

    private final Freshness freshness;

    FreshnessJob(Freshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public void execute(JobExecutionContext context) {
        freshness.sweep();
    }
}

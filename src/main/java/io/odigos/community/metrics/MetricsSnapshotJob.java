package io.odigos.community.metrics;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily: records every metric's reading for the day; a second run the same day replaces, never duplicates. */
@DisallowConcurrentExecution
public final class MetricsSnapshotJob implements Job {

    private final MetricsService service;

    public MetricsSnapshotJob(MetricsService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) {
        service.snapshot();
    }
}

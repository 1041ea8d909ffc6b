package io.odigos.community.events;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily: creates each active series' occurrences for the months ahead that do not exist yet. */
@DisallowConcurrentExecution
public final class EventSeriesJob implements Job {

    private final EventSeriesPlanner planner;

    public EventSeriesJob(EventSeriesPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        planner.planSeries();
    }
}

package io.odigos.community.events;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily: creates each active series' occurrences for the months ahead that do not exist yet. */
@DisallowConcurrentExecution
public final class EventSeriesJob implements Job {

    private final EventService service;

    public EventSeriesJob(EventService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) {
        service.planSeries();
    }
}

package io.odigos.community.hackathons;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** Fired at each phase date and before submissions close; the service decides whether it still applies. */
public final class HackathonJob implements Job {

    private final HackathonService service;

    public HackathonJob(HackathonService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        service.step(data.getLong(HackathonService.HACKATHON_ID), data.getString(HackathonService.STEP));
    }
}

package io.odigos.community.recognition;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute: badges earned through facts other features recorded (hackathon participants and winners). */
@DisallowConcurrentExecution
public final class BadgeSweepJob implements Job {

    private final Badges badges;

    public BadgeSweepJob(Badges badges) {
        this.badges = badges;
    }

    @Override
    public void execute(JobExecutionContext context) {
        badges.sweepFacts();
    }
}

package io.odigos.community.digest;

import io.odigos.community.slack.DigestPeriod.Edition;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Fired by an edition's calendar trigger: drafts the periods issued since that trigger began that have no draft yet
 * (so a misfire or a restart catches up, and a retry does nothing). Fired by a draft's own trigger (its period in the
 * data): posts that draft unless an admin already posted or skipped it.
 */
@DisallowConcurrentExecution
public final class DigestJob implements Job {

    static final String EDITION = "edition";
    static final String PERIOD = "period";

    private final DigestDrafting drafting;
    private final Digests digests;
    private final DigestTriggers triggers;

    public DigestJob(DigestDrafting drafting, Digests digests, DigestTriggers triggers) {
        this.drafting = drafting;
        this.digests = digests;
        this.triggers = triggers;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Edition edition = Edition.valueOf(context.getMergedJobDataMap().getString(EDITION));
        String period = context.getMergedJobDataMap().getString(PERIOD);
        if (period == null) {
            drafting.draftDue(edition, context.getTrigger().getStartTime().toInstant()).forEach(triggers::autoPost);
        } else {
            digests.post(edition, period);
        }
    }
}

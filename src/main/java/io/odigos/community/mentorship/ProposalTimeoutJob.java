package io.odigos.community.mentorship;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Fired when a proposal's time is up; {@link Proposals#expire} decides whether it still waits. */
public final class ProposalTimeoutJob implements Job {

    private final Proposals proposals;

    ProposalTimeoutJob(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(JobExecutionContext context) {
        proposals.expire(context.getMergedJobDataMap().getLong(ProposalTimeouts.PROPOSAL_ID));
    }
}

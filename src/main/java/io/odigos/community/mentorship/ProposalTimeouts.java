package io.odigos.community.mentorship;

import io.odigos.community.core.OneShotTriggers;
import java.util.Map;
import java.util.Optional;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * One Quartz trigger per pending proposal, at its expiry, kept in the database so it survives a restart. Firing late
 * or twice is harmless: {@link Proposals#expire} decides with the domain clock and the proposal's status.
 */
final class ProposalTimeouts {

    static final String GROUP = "mentorship";
    static final JobKey JOB = JobKey.jobKey("mentorship-proposal-timeout", GROUP);
    static final String PROPOSAL_ID = "proposalId";

    private final OneShotTriggers triggers;

    ProposalTimeouts(OneShotTriggers triggers) {
        this.triggers = triggers;
    }

    void install() {
        triggers.install(JOB, ProposalTimeoutJob.class, "passes a mentorship request on when its mentor stays silent");
    }

    void schedule(long proposalId, java.time.Instant at) {
        triggers.schedule(JOB, key(proposalId), at, Map.of(PROPOSAL_ID, proposalId));
    }

    void unschedule(long proposalId) {
        triggers.unschedule(key(proposalId));
    }

    Optional<Trigger> pending(long proposalId) {
        return triggers.pending(key(proposalId));
    }

    private static TriggerKey key(long proposalId) {
        return TriggerKey.triggerKey("proposal-" + proposalId, GROUP);
    }
}

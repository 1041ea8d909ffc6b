package io.odigos.community.ownership;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Every minute: the owners' check-ins, warnings and silent releases due by the domain clock. Misfire rule: a run
 * missed while the bot was down is skipped (next with remaining count), because the next run catches up on every
 * claim whose time has passed; what it sends is decided per claim under its row lock, so nothing is sent twice.
 */
@DisallowConcurrentExecution
public final class OwnershipSweepJob implements Job {

    private final OwnerCheckIns checkIns;

    OwnershipSweepJob(OwnerCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public void execute(JobExecutionContext context) {
        checkIns.sweep();
    }
}

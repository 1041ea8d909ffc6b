package io.odigos.community.mentorship;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute: asks the pairs whose check-in is due (by the domain clock) how it is going. */
@DisallowConcurrentExecution
public final class CheckInJob implements Job {

    private final CheckIns checkIns;

    CheckInJob(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public void execute(JobExecutionContext context) {
        checkIns.sweep();
    }
}

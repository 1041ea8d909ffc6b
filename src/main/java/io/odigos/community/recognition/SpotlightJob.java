package io.odigos.community.recognition;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Weekdays: on the first working day of a month, drafts the spotlight and, with it (so once a month), proposes
 * the members who meet the Champions rubric. With a month in its data: posts that month's draft.
 */
@DisallowConcurrentExecution
public final class SpotlightJob implements Job {

    static final String MONTH = "month";

    private final Spotlight spotlight;
    private final Champions champions;

    public SpotlightJob(Spotlight spotlight, Champions champions) {
        this.spotlight = spotlight;
        this.champions = champions;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String month = context.getMergedJobDataMap().getString(MONTH);
        if (month == null) {
            if (spotlight.draftIfDue()) {
                champions.propose();
            }
        } else {
            spotlight.post(month, null);
        }
    }
}

package io.odigos.community.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.ListenerManager;
import org.quartz.Trigger;
import org.quartz.listeners.JobListenerSupport;
import org.quartz.listeners.TriggerListenerSupport;

/**
 * Quartz's runs, failures and misfires per job, as Quartz reports them to its listeners on this instance. The job's
 * name is the tag: jobs are a fixed set (one-shot work is a trigger of one of them), so the series stay few. A run
 * makes its job's failure and misfire series exist at 0, so the first failure is an increase Prometheus sees.
 */
public final class JobMetrics {

    static final String RUNS = "odigos.bot.job.runs";
    static final String FAILURES = "odigos.bot.job.failures";
    static final String MISFIRES = "odigos.bot.job.misfires";

    private JobMetrics() {
    }

    /** Adds the listeners for every job and trigger of the scheduler whose listeners these are. */
    public static void register(ListenerManager listeners, MeterRegistry registry) {
        listeners.addJobListener(new Runs(registry));
        listeners.addTriggerListener(new Misfires(registry));
    }

    private static final class Runs extends JobListenerSupport {
        private final MeterRegistry registry;

        Runs(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public String getName() {
            return "metrics-job-runs";
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            String job = name(context.getJobDetail().getKey());
            registry.counter(RUNS, "job", job).increment();
            registry.counter(MISFIRES, "job", job);
            Counter failures = registry.counter(FAILURES, "job", job);
            if (failure != null) {
                failures.increment();
            }
        }
    }

    private static final class Misfires extends TriggerListenerSupport {
        private final MeterRegistry registry;

        Misfires(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public String getName() {
            return "metrics-job-misfires";
        }

        @Override
        public void triggerMisfired(Trigger trigger) {
            registry.counter(MISFIRES, "job", name(trigger.getJobKey())).increment();
        }
    }

    private static String name(JobKey job) {
        return job.getName();
    }
}

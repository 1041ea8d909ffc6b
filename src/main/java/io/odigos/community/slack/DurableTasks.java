package io.odigos.community.slack;

import io.odigos.community.core.JobScheduler;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack work promised to an admin that is too big for the outbox table: a file built and uploaded after the ack (a
 * data export, a chart). Each request is a Quartz trigger in the database with its parameters, on a job that asks
 * for recovery, so a restart (even a crash mid-upload) runs it again; a transient Slack failure schedules it again
 * after a backoff, for as long as it takes. The task rebuilds what it sends each time it runs.
 */
public final class DurableTasks {

    private static final Logger log = LoggerFactory.getLogger(DurableTasks.class);
    private static final JobKey JOB = JobKey.jobKey("durable-slack-task", "slack");
    private static final String KIND = "kind";
    private static final String FAILURES = "failures";

    /** Builds and sends; its parameters are strings, as they are stored. */
    @FunctionalInterface
    public interface Task {
        void run(Map<String, String> parameters) throws DeliveryException;
    }

    private final JobScheduler scheduler;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    public DurableTasks(JobScheduler scheduler) {
        this.scheduler = scheduler;
        scheduler.registerJob(TaskJob.class, () -> new TaskJob(this));
    }

    /** What runs for {@code kind}; the latest registration serves, so a feature can be rebuilt with other settings. */
    public void register(String kind, Task task) {
        tasks.put(kind, task);
    }

    /** Stores the request; it runs at once on some instance, and again after a crash or a transient failure. */
    public void run(String kind, Map<String, String> parameters) {
        if (!tasks.containsKey(kind)) {
            throw new IllegalStateException("no durable task " + kind);
        }
        Map<String, String> data = new HashMap<>(parameters);
        data.put(KIND, kind);
        data.put(FAILURES, "0");
        schedule(data, Instant.now());
    }

    private void schedule(Map<String, String> data, Instant at) {
        try {
            var quartz = scheduler.quartz();
            if (!quartz.checkExists(JOB)) {
                quartz.addJob(JobBuilder.newJob(TaskJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                        .withDescription("files and other Slack work promised to admins").build(), true);
            }
            quartz.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(data.get(KIND) + "-" + UUID.randomUUID(), "slack-tasks")
                    .forJob(JOB).usingJobData(new JobDataMap(data)).startAt(Date.from(at))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot store the " + data.get(KIND) + " task", e);
        }
    }

    void execute(Map<String, String> data) {
        String kind = data.get(KIND);
        int failures = Integer.parseInt(data.getOrDefault(FAILURES, "0"));
        Task task = tasks.get(kind);
        if (task == null) {
            log.error("no durable task {} is registered; the request is dropped", kind);
            return;
        }
        try {
            task.run(Map.copyOf(data));
        } catch (DeliveryException e) {
            if (e.isUndeliverable()) {
                log.warn("{} did not reach Slack, and will not: {}", kind, e.getMessage());
                return;
            }
            Map<String, String> again = new HashMap<>(data);
            again.put(FAILURES, Integer.toString(failures + 1));
            Instant at = Instant.now().plus(e.isRateLimit() ? e.retryAfter() : Backoff.after(failures));
            log.info("{} did not reach Slack ({}); trying again at {}", kind, e.getMessage(), at);
            schedule(again, at);
        }
    }

    /** Quartz's side: each firing carries one request's parameters. */
    public static final class TaskJob implements Job {
        private final DurableTasks tasks;

        TaskJob(DurableTasks tasks) {
            this.tasks = tasks;
        }

        @Override
        public void execute(JobExecutionContext context) {
            Map<String, String> data = new HashMap<>();
            context.getMergedJobDataMap().forEach((k, v) -> data.put(k, String.valueOf(v)));
            tasks.execute(data);
        }
    }
}

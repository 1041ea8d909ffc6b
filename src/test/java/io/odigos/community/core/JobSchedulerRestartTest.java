package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.slack.OutboxEntry;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.TriggerBuilder;

/** A job scheduled before a restart fires after it: schedules live in the database, not in memory. */
class JobSchedulerRestartTest {

    static final CountDownLatch FIRED = new CountDownLatch(1);

    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            FIRED.countDown();
        }
    }

    @Test
    void jobScheduledBeforeRestartFiresAfterIt() throws Exception {
        String url = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        try (Database db = Database.open(url, "sa", "", List.of(Member.class, AuditEntry.class, OutboxEntry.class))) {
            JobScheduler first = JobScheduler.create(db);
            first.registerJob(RecordingJob.class, RecordingJob::new);
            // scheduled while in standby and shut down before it is due: only the database remembers it
            first.quartz().scheduleJob(JobBuilder.newJob(RecordingJob.class).withIdentity("remember-me").build(),
                    TriggerBuilder.newTrigger().startAt(new Date(System.currentTimeMillis() + 1500)).build());
            first.close();
        }
        assertEquals(1, FIRED.getCount(), "must not fire before the restart");

        try (Database db = Database.open(url, "sa", "", List.of(Member.class, AuditEntry.class, OutboxEntry.class))) {
            assertEquals(0, db.migrationsApplied(), "the second start finds the schema in place");
            JobScheduler second = JobScheduler.create(db);
            second.registerJob(RecordingJob.class, RecordingJob::new);
            assertTrue(second.jobKeys().stream().anyMatch(k -> k.getName().equals("remember-me")));
            second.start();
            try {
                assertTrue(FIRED.await(20, TimeUnit.SECONDS), "the job stored before the restart fired");
            } finally {
                second.close();
            }
        }
    }
}

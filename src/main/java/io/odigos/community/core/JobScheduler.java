package io.odigos.community.core;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.odigos.community.observability.JobMetrics;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz on the JDBC JobStore in the bot's own database, so schedules survive restarts and, on PostgreSQL,
 * instances share them (clustered: each trigger fires on one instance). Jobs are built by the suppliers features
 * register, so they get their collaborators by constructor.
 * Reminder-style jobs are idempotent themselves; the store only guarantees each trigger fires on one instance.
 * In local mode the playground's time travel moves the bot's clock ahead of the real time Quartz fires by, and
 * {@link #runDue} runs what is due at the moved time.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    /** How far ahead of the real time Quartz's thread takes triggers to fire them itself (its idle wait). */
    private static final Duration QUARTZ_LOOK_AHEAD = Duration.ofSeconds(30);
    /** Triggers due this soon in real time are Quartz's: it may hold them already, and running them too is twice. */
    private static final Duration LEFT_TO_QUARTZ = QUARTZ_LOOK_AHEAD.multipliedBy(2);
    private static final String EVERY_MINUTE = "-every-minute";
    /** Rounds of {@link #runDue}: a job may schedule work due at once (a draft's auto-post whose time has passed). */
    private static final int MAX_ROUNDS = 5;

    private final Scheduler scheduler;
    private final Database database;
    private final Map<Class<? extends Job>, Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();

    private JobScheduler(Scheduler scheduler, Database database) {
        this.scheduler = scheduler;
        this.database = database;
    }

    /** As below, with no metrics (for tests of the scheduler itself). */
    public static JobScheduler create(Database database) {
        return create(database, new CompositeMeterRegistry());
    }

    /**
     * Creates the scheduler in standby; features add their jobs with {@link #registerJob} before {@link #start}.
     * Each job's runs, failures and misfires on this instance are counted in {@code metrics}.
     */
    public static JobScheduler create(Database database, MeterRegistry metrics) {
        String dataSourceName = "community-" + System.identityHashCode(database);
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PooledProvider(database.unmigratedDataSource()));
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "community");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, "AUTO");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(QUARTZ_LOOK_AHEAD.toMillis()));
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
        // getBytes/setBytes on BYTEA columns: right for PostgreSQL and equally for H2.
        p.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(database.isPostgres()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        try {
            Scheduler s = new StdSchedulerFactory(p).getScheduler();
            // Quartz keeps schedulers in a JVM-wide registry by name and hands the next bot in this JVM (a test's
            // second instance) this one, with its data source and jobs; each bot owns its own
            SchedulerRepository.getInstance().remove(s.getSchedulerName());
            JobScheduler scheduler = new JobScheduler(s, database);
            s.setJobFactory(scheduler::newJob);
            JobMetrics.register(s.getListenerManager(), metrics);
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    /** How Quartz gets an instance of this job class: built with its collaborators, not by reflection. */
    public <J extends Job> void registerJob(Class<J> type, Supplier<J> supplier) {
        if (jobs.putIfAbsent(type, supplier) != null) {
            throw new IllegalStateException(type.getName() + " is registered twice");
        }
    }

    private Job newJob(TriggerFiredBundle bundle, Scheduler s) throws SchedulerException {
        Supplier<? extends Job> supplier = jobs.get(bundle.getJobDetail().getJobClass());
        if (supplier == null) {
            throw new SchedulerException("no job registered for " + bundle.getJobDetail().getJobClass().getName());
        }
        return supplier.get();
    }

    /** Starts firing jobs once the schema (with Quartz's tables) is migrated. */
    public void start() throws SchedulerException {
        database.awaitMigrated();
        scheduler.start();
    }

    /** Quartz itself, for scheduling; its tables exist by the time it is handed out. */
    public Scheduler quartz() {
        database.awaitMigrated();
        return scheduler;
    }

    /**
     * Stores {@code job} with a trigger firing every minute, once: both live in Quartz's tables, so a restart finds
     * them. A minute missed while the bot was down is skipped, not caught up (the next run covers it).
     */
    public void everyMinute(JobKey job, Class<? extends Job> type, String description) {
        try {
            if (!quartz().checkExists(job)) {
                quartz().scheduleJob(JobBuilder.newJob(type).withIdentity(job).withDescription(description).build(),
                        TriggerBuilder.newTrigger().withIdentity(job.getName() + EVERY_MINUTE, job.getGroup())
                                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                                        .withMisfireHandlingInstructionNextWithRemainingCount()).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + job, e);
        }
    }

    /**
     * Removes {@code job} and its triggers, if stored: for a job whose feature its settings turned off since the last
     * start, whose stored trigger would otherwise fire with nothing registered to run it.
     */
    public void remove(JobKey job) {
        try {
            quartz().deleteJob(job);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot remove " + job, e);
        }
    }

    /**
     * Stores {@code job} (durable) with a trigger firing every day at {@code hour}:{@code minute} UTC, once: a restart
     * finds both. A run missed while the bot was down fires once when it is back (FIRE_AND_PROCEED).
     */
    public void dailyUtc(JobKey job, Class<? extends Job> type, int hour, int minute, String description) {
        try {
            if (!quartz().checkExists(job)) {
                quartz().addJob(JobBuilder.newJob(type).withIdentity(job).storeDurably().withDescription(description)
                        .build(), false);
            }
            TriggerKey daily = dailyTrigger(job);
            if (!quartz().checkExists(daily)) {
                quartz().scheduleJob(TriggerBuilder.newTrigger().withIdentity(daily).forJob(job)
                        .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(hour, minute)
                                .inTimeZone(TimeZone.getTimeZone("UTC"))
                                .withMisfireHandlingInstructionFireAndProceed()).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + job, e);
        }
    }

    /** The key of the trigger {@link #dailyUtc} stores for {@code job}. */
    public static TriggerKey dailyTrigger(JobKey job) {
        return TriggerKey.triggerKey(job.getName() + "-daily", job.getGroup());
    }

    /**
     * Local mode's time travel: the bot's clock has moved to {@code now}, ahead of the real time Quartz fires by, so
     * this runs what is due by then, oldest first, once each, on the calling thread, as Quartz would have: the job
     * gets its own and its trigger's data, and the trigger is updated before the job runs (a one-shot is removed, a
     * repeating one moves to its first time after {@code now}; missed several times, it runs once, as after a
     * restart). Triggers due within a minute of the real time are left to Quartz, which fires them shortly, and
     * jobs decide with the bot's clock whoever runs them. Work a job schedules due by {@code now} runs too. Returns
     * the descriptions of the jobs that ran; the log names each trigger.
     */
    public synchronized List<String> runDue(Instant now) {
        List<String> ran = new ArrayList<>();
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Trigger> due = dueBy(now);
                if (due.isEmpty()) {
                    return ran;
                }
                for (Trigger trigger : due) {
                    runOnce(trigger, now).ifPresent(ran::add);
                }
            }
            log.warn("Time travel: jobs kept scheduling work due by {}; the rest runs at the next travel", now);
            return ran;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot run the jobs due by " + now, e);
        }
    }

    /** When the next job falls due after {@code moment}, not counting the every-minute sweeps. */
    public Optional<Instant> nextDueAfter(Instant moment) {
        try {
            Optional<Instant> next = Optional.empty();
            for (Trigger trigger : waiting()) {
                Instant at = trigger.getNextFireTime().toInstant();
                if (!trigger.getKey().getName().endsWith(EVERY_MINUTE) && at.isAfter(moment)
                        && next.map(at::isBefore).orElse(true)) {
                    next = Optional.of(at);
                }
            }
            return next;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Trigger> dueBy(Instant now) throws SchedulerException {
        // Quartz fires by the real time, whatever the bot's clock says.
        Instant quartzOwn = Instant.now().plus(LEFT_TO_QUARTZ);
        List<Trigger> due = new ArrayList<>();
        for (Trigger trigger : waiting()) {
            Instant at = trigger.getNextFireTime().toInstant();
            if (!at.isAfter(now) && at.isAfter(quartzOwn)) {
                due.add(trigger);
            }
        }
        due.sort(Comparator.comparing(Trigger::getNextFireTime));
        return due;
    }

    /** Triggers that will fire: neither paused nor blocked by their job running, and with a next time. */
    private List<Trigger> waiting() throws SchedulerException {
        List<Trigger> waiting = new ArrayList<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
            Trigger trigger = scheduler.getTrigger(key);
            if (trigger != null && trigger.getNextFireTime() != null
                    && scheduler.getTriggerState(key) == Trigger.TriggerState.NORMAL) {
                waiting.add(trigger);
            }
        }
        return waiting;
    }

    private Optional<String> runOnce(Trigger due, Instant now) throws SchedulerException {
        JobDetail detail = scheduler.getJobDetail(due.getJobKey());
        if (detail == null) {
            return Optional.empty();
        }
        Date fireTime = Date.from(now);
        Date next = due.getFireTimeAfter(fireTime);
        if (next == null) {
            scheduler.unscheduleJob(due.getKey());
        } else {
            scheduler.rescheduleJob(due.getKey(), due.getTriggerBuilder().startAt(next).build());
        }
        TriggerFiredBundle bundle = new TriggerFiredBundle(detail, (OperableTrigger) due, null, false, fireTime,
                due.getNextFireTime(), due.getPreviousFireTime(), next);
        try {
            Job job = newJob(bundle, scheduler);
            job.execute(new JobExecutionContextImpl(scheduler, bundle, job));
            log.info("Time travel: ran {} ({}), due {}", due.getKey(), detail.getDescription(),
                    due.getNextFireTime().toInstant());
        } catch (JobExecutionException | RuntimeException e) {
            // as under Quartz: a failed run is logged and the schedule goes on
            log.warn("Time travel: {} ({}) failed: {}", due.getKey(), detail.getDescription(), e.getMessage(), e);
        }
        return Optional.of(detail.getDescription() == null ? detail.getKey().getName() : detail.getDescription());
    }

    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** The keys of every stored job, for the start-up log. */
    public List<JobKey> jobKeys() throws SchedulerException {
        return scheduler.getJobKeys(GroupMatcher.anyJobGroup()).stream().sorted().toList();
    }

    /** Waits for running jobs to finish, so a SIGTERM never cuts a job in half. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not shut down cleanly", e);
        }
    }

    /**
     * Fires no more triggers and waits up to {@code within} for running jobs to finish. A job still running then is
     * left to the process's exit; its trigger's next time is already stored, and jobs are idempotent.
     */
    public void stop(Duration within) throws InterruptedException {
        Thread waiting = new Thread(this::close, "quartz-shutdown");
        waiting.setDaemon(true);
        waiting.start();
        waiting.join(Math.max(1, within.toMillis()));
        if (waiting.isAlive()) {
            log.warn("Shutdown: jobs still running after {} ms are left unfinished", within.toMillis());
        } else {
            log.info("Shutdown: scheduler stopped; running jobs finished");
        }
    }

    private record PooledProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to Database, which closes it after the scheduler
        }

        @Override
        public void initialize() {
            // nothing to set up: the pool is already open
        }
    }
}

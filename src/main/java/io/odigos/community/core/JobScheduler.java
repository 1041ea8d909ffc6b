package io.odigos.community.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.TriggerFiredBundle;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz on the JDBC JobStore in the bot's own database, so schedules survive restarts and, on PostgreSQL,
 * instances share them (clustered: each trigger fires on one instance). Jobs are built by the suppliers features
 * register, so they get their collaborators by constructor.
 * Reminder-style jobs are idempotent themselves; the store only guarantees each trigger fires on one instance.
 */
public final class JobScheduler implements AutoCloseable {

    private final Scheduler scheduler;
    private final Database database;
    private final Map<Class<? extends Job>, Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();

    private JobScheduler(Scheduler scheduler, Database database) {
        this.scheduler = scheduler;
        this.database = database;
    }

    /** Creates the scheduler in standby; features add their jobs with {@link #registerJob} before {@link #start}. */
    public static JobScheduler create(Database database) {
        String dataSourceName = "community-" + System.identityHashCode(database);
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PooledProvider(database.unmigratedDataSource()));
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "community");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, "AUTO");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
        // getBytes/setBytes on BYTEA columns: right for PostgreSQL and equally for H2.
        p.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(database.isPostgres()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        try {
            Scheduler s = new StdSchedulerFactory(p).getScheduler();
            JobScheduler scheduler = new JobScheduler(s, database);
            s.setJobFactory(scheduler::newJob);
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
                        TriggerBuilder.newTrigger().withIdentity(job.getName() + "-every-minute", job.getGroup())
                                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                                        .withMisfireHandlingInstructionNextWithRemainingCount()).build());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + job, e);
        }
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

package io.odigos.community.core;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The one database: a HikariCP pool, a schema owned by Flyway and an EntityManagerFactory that only validates it.
 * Services run their work through {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {

    private static final String UNIQUE_VIOLATION = "23505";

    private final HikariDataSource dataSource;
    private final CompletableFuture<Integer> migrated;
    private final CompletableFuture<EntityManagerFactory> built;
    private final CompletableFuture<EntityManagerFactory> emf;
    private final boolean postgres;
    /** What the current thread's transaction asked to run once it has committed. */
    private final ThreadLocal<Set<Runnable>> afterCommit = new ThreadLocal<>();

    private Database(HikariDataSource dataSource, CompletableFuture<Integer> migrated,
                     CompletableFuture<EntityManagerFactory> built, boolean postgres) {
        this.dataSource = dataSource;
        this.migrated = migrated;
        this.built = built;
        // the mapping is checked against the schema once both exist: Hibernate validates, it never generates
        this.emf = built.thenCombine(migrated, (factory, applied) -> factory).thenApply(Database::validated);
        this.postgres = postgres;
    }

    /**
     * Opens the database in the background and returns at once. One thread opens the pool and applies pending
     * migrations while another boots Hibernate (the longest part of start-up), so neither waits for the other;
     * once both are done Hibernate validates its mapping against the migrated schema. {@link #awaitMigrated()}
     * waits for the schema (the scheduler needs its tables); {@link #awaitReady()} and the first transaction wait
     * for everything, and rethrow what stopped it.
     */
    public static Database open(String url, String user, String password, List<Class<?>> entities) {
        return open(url, user, password, entities, Map.of(), new CompositeMeterRegistry());
    }

    /**
     * As above, with more properties for the persistence unit ({@code properties}, e.g. the full-text index's
     * analysis). Hibernate Search keeps each instance's index in memory: it is rebuilt from the tables at start and
     * follows changes through them, so nothing on disk can fall out of step (docs/ARCHITECTURE.md, knowledge base).
     * The pool reports itself to {@code metrics} through HikariCP's own Micrometer binding (hikaricp_*).
     */
    public static Database open(String url, String user, String password, List<Class<?>> entities,
                                Map<String, Object> properties, MeterRegistry metrics) {
        // created without connecting: the first connection, on a background thread, opens the pool (and fails fast)
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setPoolName("community");
        ds.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics)); // before the pool opens
        ds.setMaximumPoolSize(Math.max(10, Runtime.getRuntime().availableProcessors() * 4));
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres) {
            // H2 gives up on a row lock after 1 s by default; a vote storm on one item queues longer than that.
            ds.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
            // H2 closes the database from its own JVM shutdown hook, under the bot's: requests and jobs finishing
            // during a graceful shutdown would fail. The bot closes it last, with the pool.
            ds.addDataSourceProperty("DB_CLOSE_ON_EXIT", "FALSE");
        }
        CompletableFuture<Integer> migrated = inBackground("database-migrate", () -> Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted);
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("community")
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                .property(AvailableSettings.HBM2DDL_AUTO, "none") // validated explicitly once migrated
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.SHOW_SQL, false)
                .property("hibernate.search.backend.directory.type", "local-heap")
                .property("hibernate.search.backend.lucene_version", "LATEST")
                .properties(properties);
        return new Database(ds, migrated, inBackground("hibernate-boot", config::createEntityManagerFactory), postgres);
    }

    private static <T> CompletableFuture<T> inBackground(String threadName, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.start();
        return result;
    }

    private static EntityManagerFactory validated(EntityManagerFactory factory) {
        try {
            factory.getSchemaManager().validate();
            return factory;
        } catch (SchemaValidationException e) {
            factory.close();
            throw new IllegalStateException("the database schema does not match the entities: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    /** Waits until pending migrations are applied; throws what stopped them (or the connection). */
    public void awaitMigrated() {
        join(migrated);
    }

    /** Waits until the persistence unit is built and validated; throws what stopped it. */
    public void awaitReady() {
        factory();
    }

    private EntityManagerFactory factory() {
        return join(emf);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The one way to read or write: {@code work} runs in a transaction, and once it has committed, whatever the work
     * asked for with {@link #afterCommit} runs (each hook once, however often it was asked for). So what a write
     * queued (a message for Slack, a live post to refresh) is acted on at once, and never before it is visible.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (afterCommit.get() != null) {
            return factory().callInTransaction(work); // nested: its hooks run when the outermost work is done
        }
        Set<Runnable> hooks = new LinkedHashSet<>();
        afterCommit.set(hooks);
        T result;
        try {
            result = factory().callInTransaction(work);
        } finally {
            afterCommit.remove();
        }
        hooks.forEach(Runnable::run);
        return result;
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code hook} once the current {@link #inTransaction} work has committed; not at all if it rolls back. */
    public void afterCommit(Runnable hook) {
        Set<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            throw new IllegalStateException("afterCommit outside Database.inTransaction");
        }
        hooks.add(hook);
    }

    /**
     * Runs an insert inside the caller's transaction and reports whether it added the row. A unique-key clash (SQL state
     * 23505 on H2 and PostgreSQL: another transaction inserted the same key first) counts as "already there": it is
     * rolled back to a savepoint, so the rest of the transaction carries on, on PostgreSQL too.
     */
    public static boolean insertOnce(EntityManager em, String insertSql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Savepoint before = connection.setSavepoint();
            try {
                return execute(connection, insertSql, parameters) == 1;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
                return false;
            }
        });
    }

    /**
     * Runs one statement with these parameters on a transaction's connection (from {@code Session.doReturningWork})
     * and answers how many rows it changed: for the few writes that run so often that Hibernate's query setup would
     * cost more than the statement.
     */
    public static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** True once Hibernate has booted and validated and a connection answers within a second; used by /healthz. */
    public boolean isReachable() {
        if (!emf.isDone() || emf.isCompletedExceptionally()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The pool, once the schema is migrated. */
    public DataSource dataSource() {
        awaitMigrated();
        return dataSource;
    }

    /** The pool at once, for the scheduler, which uses it only after {@link #awaitMigrated()}. */
    DataSource unmigratedDataSource() {
        return dataSource;
    }

    public int migrationsApplied() {
        return join(migrated);
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** The URL without credentials, fit for a log line. */
    public String describe() {
        String url = dataSource.getJdbcUrl();
        int params = url.indexOf('?');
        return params < 0 ? url : url.substring(0, params);
    }

    @Override
    public void close() {
        // a factory that was built closes whatever happened after (a failed migration or validation)
        built.thenAccept(factory -> {
            if (factory.isOpen()) {
                factory.close();
            }
        });
        migrated.exceptionally(failed -> null).join(); // never close the pool under a running migration
        dataSource.close();
    }
}

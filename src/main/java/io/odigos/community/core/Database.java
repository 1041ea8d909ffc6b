package io.odigos.community.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final CompletableFuture<EntityManagerFactory> emf;
    private final int migrationsApplied;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, CompletableFuture<EntityManagerFactory> emf, int migrationsApplied,
                     boolean postgres) {
        this.dataSource = dataSource;
        this.emf = emf;
        this.migrationsApplied = migrationsApplied;
        this.postgres = postgres;
    }

    /**
     * Opens the pool and applies pending migrations, then builds the persistence unit in the background: Hibernate's
     * boot (most of start-up) overlaps with the scheduler and HTTP server starting. The first transaction, or
     * {@link #awaitReady()}, waits for it.
     */
    public static Database open(String url, String user, String password, List<Class<?>> entities) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setPoolName("community");
        pool.setMaximumPoolSize(Math.max(10, Runtime.getRuntime().availableProcessors() * 4));
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres) {
            // H2 gives up on a row lock after 1 s by default; a vote storm on one item queues longer than that.
            pool.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
        }
        HikariDataSource ds = new HikariDataSource(pool);
        try {
            int applied = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("community")
                    .managedClasses(entities)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                    .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                    .property(AvailableSettings.SHOW_SQL, false);
            CompletableFuture<EntityManagerFactory> emf = new CompletableFuture<>();
            Thread boot = new Thread(() -> {
                try {
                    emf.complete(config.createEntityManagerFactory());
                } catch (Throwable e) {
                    emf.completeExceptionally(e);
                }
            }, "hibernate-boot");
            boot.start();
            return new Database(ds, emf, applied, postgres);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Waits until the persistence unit is built; throws what stopped it (a schema that does not validate). */
    public void awaitReady() {
        factory();
    }

    private EntityManagerFactory factory() {
        try {
            return emf.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return factory().callInTransaction(work);
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        factory().runInTransaction(work);
    }

    /**
     * Runs an insert inside the caller's transaction and reports whether it added the row. A unique-key clash (SQL state
     * 23505 on H2 and PostgreSQL: another transaction inserted the same key first) counts as "already there": it is
     * rolled back to a savepoint, so the rest of the transaction carries on, on PostgreSQL too.
     */
    public static boolean insertOnce(EntityManager em, String insertSql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                for (int i = 0; i < parameters.length; i++) {
                    insert.setObject(i + 1, parameters[i]);
                }
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
                return false;
            }
        });
    }

    /** True once Hibernate has booted and a connection answers within a second; used by /healthz. */
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

    public DataSource dataSource() {
        return dataSource;
    }

    public int migrationsApplied() {
        return migrationsApplied;
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
        try {
            factory().close();
        } catch (RuntimeException e) {
            // it never started; there is nothing to close but the pool
        }
        dataSource.close();
    }
}

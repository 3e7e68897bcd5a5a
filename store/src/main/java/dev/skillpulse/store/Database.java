package dev.skillpulse.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** A migrated PostgreSQL database: connection pool, schema at the latest migration, and a jOOQ context. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Connects (user and password may be in the URL) and applies pending migrations. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Duration.ofSeconds(30));
    }

    /**
     * The same, with how long a caller waits for a connection before it fails (Hikari's default 30 s above): tests
     * of outages lower it, so that an outage of seconds outlasts it.
     */
    public static Database open(String jdbcUrl, Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(8);
        config.setPoolName("skillpulse");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The pool, for readers that follow a switch from one database to another (a promotion's rebuild). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Publishes the pool's metrics (connections active, idle, pending, acquisition times) to a Micrometer
     * {@code MeterRegistry}; typed Object so that the store does not depend on Micrometer (HikariCP detects it).
     */
    public void bindMetrics(Object meterRegistry) {
        dataSource.setMetricRegistry(meterRegistry);
    }

    /** True when the database answers a trivial query. */
    public boolean isUp() {
        try {
            return dsl.selectOne().fetchOne(0, Integer.class) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

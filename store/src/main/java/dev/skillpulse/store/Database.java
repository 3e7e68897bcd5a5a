package dev.skillpulse.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
        HikariConfig config = new HikariConfig();
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

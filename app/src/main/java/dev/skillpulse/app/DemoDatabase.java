package dev.skillpulse.app;

import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The demo's PostgreSQL, first found of: the URL the user gave; a local server on 127.0.0.1:5432 (database
 * {@code skillpulse}, created when absent); embedded PostgreSQL binaries keeping their data in the state dir.
 */
final class DemoDatabase implements AutoCloseable {
    static final String LOCAL_DATABASE = "skillpulse";

    private final Database database;
    private final EmbeddedPostgres embedded;
    private final String description;

    private DemoDatabase(Database database, EmbeddedPostgres embedded, String description) {
        this.database = database;
        this.embedded = embedded;
        this.description = description;
    }

    static DemoDatabase resolve(String jdbcUrl, Path stateDir) throws Exception {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return new DemoDatabase(Database.open(jdbcUrl), null, "PostgreSQL at " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
        }
        PostgresServer local = PostgresServer.local();
        if (local.answers()) {
            local.createDatabaseIfAbsent(LOCAL_DATABASE);
            return new DemoDatabase(Database.open(local.jdbcUrl(LOCAL_DATABASE)), null,
                    "local PostgreSQL, database " + LOCAL_DATABASE);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("No PostgreSQL: give --jdbc-url or set SKILLPULSE_JDBC_URL, or start a "
                    + "PostgreSQL server on 127.0.0.1:5432 (trust auth for user postgres); embedded PostgreSQL "
                    + "refuses to run as root.");
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(stateDir.resolve("postgres").toFile())
                .setCleanDataDirectory(false)
                .start();
        try {
            return new DemoDatabase(Database.open(pg.getJdbcUrl("postgres", "postgres")), pg,
                    "embedded PostgreSQL in " + stateDir.resolve("postgres"));
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.text.Sha256;
import dev.skillpulse.store.AvailablePostgres;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.Redacted;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The demo's PostgreSQL, first found of: the URL the user gave; a local server on 127.0.0.1:5432; embedded
 * PostgreSQL binaries keeping their data in the state dir. On a server it uses a database of its own state dir
 * ({@link #nameFor}), or the one named by --database, created when absent: two demos never share counts.
 */
final class DemoDatabase implements AutoCloseable {
    static final String ADVICE = "Give --jdbc-url or set SKILLPULSE_JDBC_URL, or start PostgreSQL on 127.0.0.1:5432 "
            + "with trust auth for user postgres (Debian: apt-get install postgresql), or run as a user other than root.";

    private final Database database;
    private final AvailablePostgres server;
    private final String description;
    private final String jdbcUrl;

    private DemoDatabase(Database database, AvailablePostgres server, String description, String jdbcUrl) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
        this.server = server;
        this.description = description;
    }

    /** {@code skillpulse_} and the first 10 hex digits of the SHA-256 of the state dir's absolute path. */
    static String nameFor(Path stateDir) {
        String path = stateDir.toAbsolutePath().normalize().toString();
        return "skillpulse_" + HexFormat.of().formatHex(Sha256.of(path)).substring(0, 10);
    }

    /** {@code database}: null for the state dir's own; ignored when {@code jdbcUrl} is given. */
    static DemoDatabase resolve(String jdbcUrl, String database, Path stateDir, PostgresServer local)
            throws Exception {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return new DemoDatabase(Databases.open(jdbcUrl), null, "PostgreSQL at " + Redacted.url(jdbcUrl), jdbcUrl);
        }
        String name = database != null ? database : nameFor(stateDir);
        AvailablePostgres server;
        try {
            server = AvailablePostgres.find(local, stateDir.resolve("postgres"), System.getProperty("user.name"),
                    ADVICE);
        } catch (AvailablePostgres.Unavailable e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        try {
            server.server().createDatabaseIfAbsent(name);
            String url = server.server().jdbcUrl(name);
            return new DemoDatabase(Databases.open(url), server, server.description() + ", database " + name, url);
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    /** Its URL (a promotion creates its new database on the same server). */
    String jdbcUrl() {
        return jdbcUrl;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        database.close();
        if (server != null) {
            server.close();
        }
    }
}

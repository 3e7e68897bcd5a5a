package dev.skillpulse.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A PostgreSQL server to use when none was named, found the same way by the demo and the tests: the local server when
 * it answers, else embedded PostgreSQL binaries (zonky's) run by this JVM and stopped on {@link #close()}. Embedded
 * PostgreSQL cannot run as root (initdb refuses), so then the caller's advice becomes a one-line error.
 */
public final class AvailablePostgres implements AutoCloseable {
    private final PostgresServer server;
    private final EmbeddedPostgres embedded;
    private final String description;

    private AvailablePostgres(PostgresServer server, EmbeddedPostgres embedded, String description) {
        this.server = server;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * The local server if it answers, else an embedded one keeping its data in {@code dataDir} (kept across runs), or
     * in a temporary directory deleted on close when {@code dataDir} is null. {@code userName} is the user this JVM
     * runs as; as root, throws {@link Unavailable}: "nothing answers on ADDRESS and embedded PostgreSQL cannot run as
     * root. " + {@code advice}.
     */
    public static AvailablePostgres find(PostgresServer local, Path dataDir, String userName, String advice)
            throws IOException {
        if (local.answers()) {
            return new AvailablePostgres(local, null, "PostgreSQL on " + local.address());
        }
        if ("root".equals(userName)) {
            throw new Unavailable("No PostgreSQL: nothing answers on " + local.address()
                    + " and embedded PostgreSQL cannot run as root. " + advice);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (dataDir != null) {
            builder.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        return new AvailablePostgres(new PostgresServer("localhost", pg.getPort(), "postgres"), pg,
                "embedded PostgreSQL on localhost:" + pg.getPort()
                        + (dataDir != null ? " (data in " + dataDir + ")" : " (temporary)"));
    }

    /** A server someone named (by {@code origin}, e.g. a variable): used as it is, nothing started. */
    public static AvailablePostgres named(PostgresServer server, String origin) {
        return new AvailablePostgres(server, null, "PostgreSQL on " + server.address() + " (" + origin + ")");
    }

    /** No server answers and none can be started here: the message says what to install or set. */
    public static final class Unavailable extends IllegalStateException {
        Unavailable(String message) {
            super(message);
        }
    }

    public PostgresServer server() {
        return server;
    }

    public boolean embedded() {
        return embedded != null;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}

package dev.skillpulse.store;

import java.sql.SQLException;
import java.util.UUID;

/** A new, uniquely named database on a server, dropped on close: for tests and benchmarks. */
public final class ScratchDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;

    private ScratchDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates {@code <prefix>_<random>} on the server; the prefix must be a plain lower-case name. */
    public static ScratchDatabase create(PostgresServer server, String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.createDatabaseIfAbsent(name);
        return new ScratchDatabase(server, name);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    @Override
    public void close() throws SQLException {
        server.dropDatabase(name);
    }
}

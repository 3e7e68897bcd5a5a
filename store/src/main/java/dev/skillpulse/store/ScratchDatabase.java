package dev.skillpulse.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.UUID;

/** A new, uniquely named database on a server, dropped on close: for tests and benchmarks. */
public final class ScratchDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;
    private final AvailablePostgres owner;

    private ScratchDatabase(PostgresServer server, String name, AvailablePostgres owner) {
        this.server = server;
        this.name = name;
        this.owner = owner;
    }

    /** Creates {@code <prefix>_<random>} on the server; the prefix must be a plain lower-case name. */
    public static ScratchDatabase create(PostgresServer server, String prefix) throws SQLException {
        return create(server, prefix, null);
    }

    /**
     * A test's own database on the server {@link TestPostgres} finds (SKILLPULSE_TEST_JDBC_URL, the local server,
     * or embedded PostgreSQL, which is stopped on close).
     */
    public static ScratchDatabase create(String prefix) throws SQLException, IOException {
        AvailablePostgres postgres = TestPostgres.find();
        try {
            return create(postgres.server(), prefix, postgres);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    private static ScratchDatabase create(PostgresServer server, String prefix, AvailablePostgres owner)
            throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.createDatabaseIfAbsent(name);
        return new ScratchDatabase(server, name, owner);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            server.dropDatabase(name);
        } finally {
            if (owner != null) {
                owner.close();
            }
        }
    }
}

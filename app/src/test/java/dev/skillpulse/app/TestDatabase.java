package dev.skillpulse.app;

import dev.skillpulse.store.PostgresServer;
import java.util.UUID;

/** A fresh, uniquely named database on the local PostgreSQL server, dropped on close. */
final class TestDatabase implements AutoCloseable {
    private static final PostgresServer SERVER = PostgresServer.local();
    private final String name = "sp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    TestDatabase() throws Exception {
        SERVER.createDatabaseIfAbsent(name);
    }

    String jdbcUrl() {
        return SERVER.jdbcUrl(name);
    }

    @Override
    public void close() throws Exception {
        SERVER.dropDatabase(name);
    }
}

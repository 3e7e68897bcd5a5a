package dev.skillpulse.store;

import java.io.IOException;

/**
 * Where tests get their PostgreSQL server, as the demo does: the server of {@value #URL_VARIABLE} when set; else the
 * local server on 127.0.0.1:5432 when it answers (CI); else embedded PostgreSQL, one per test class (not as root).
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "SKILLPULSE_TEST_JDBC_URL";

    static final String ADVICE = "Set " + URL_VARIABLE + "=jdbc:postgresql://HOST:PORT/postgres?user=USER&password=PW "
            + "(a user who may create databases), or start PostgreSQL on 127.0.0.1:5432 with trust auth for user "
            + "postgres (Debian: apt-get install postgresql), or run the build as a user other than root.";

    private TestPostgres() {
    }

    /** The server for this environment; close it when done (it stops an embedded server). */
    public static AvailablePostgres find() throws IOException {
        return find(System.getenv(URL_VARIABLE), PostgresServer.local(), System.getProperty("user.name"));
    }

    /** {@code configuredUrl} (null or blank: none) wins; else {@code local} or embedded PostgreSQL. */
    public static AvailablePostgres find(String configuredUrl, PostgresServer local, String userName)
            throws IOException {
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return AvailablePostgres.named(PostgresServer.of(configuredUrl), URL_VARIABLE);
        }
        return AvailablePostgres.find(local, null, userName, ADVICE);
    }
}

package dev.skillpulse.app;

import picocli.CommandLine.Option;

/** {@code --jdbc-url URL}, defaulting to SKILLPULSE_JDBC_URL. */
public final class DatabaseOptions {
    @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = "${env:SKILLPULSE_JDBC_URL}",
            description = "PostgreSQL JDBC URL, user and password as URL parameters (default: $SKILLPULSE_JDBC_URL).")
    String jdbcUrl;
}

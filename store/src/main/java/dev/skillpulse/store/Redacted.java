package dev.skillpulse.store;

/** Text fit for a message or a log: a JDBC URL without its password. */
public final class Redacted {
    private Redacted() {
    }

    public static String url(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }
}

package dev.skillpulse.app;

import dev.skillpulse.store.Database;
import dev.skillpulse.store.Redacted;

/** Opens a database for a command: a server that does not answer becomes one line naming it. */
final class Databases {
    private Databases() {
    }

    /**
     * Fails within the driver's connect timeout (10 s) when nothing answers; a refused connection fails at once.
     */
    static Database open(String jdbcUrl) {
        try {
            return Database.open(jdbcUrl);
        } catch (RuntimeException e) {
            throw new CommandFailure("cannot open the PostgreSQL database " + Redacted.url(jdbcUrl) + " ("
                    + Failures.rootMessage(e) + "): check that PostgreSQL runs there and that --jdbc-url or "
                    + "SKILLPULSE_JDBC_URL names it, with user and password", e);
        }
    }
}

package dev.skillpulse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Administration of a PostgreSQL server through its maintenance database: creating and dropping databases. */
public final class PostgresServer {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^/?]*)(\\?.*)?");

    private final String address;
    private final String maintenanceDatabase;
    private final String parameters;

    private PostgresServer(String address, String maintenanceDatabase, String parameters) {
        this.address = address;
        this.maintenanceDatabase = maintenanceDatabase;
        this.parameters = parameters;
    }

    public PostgresServer(String host, int port, String user) {
        this(host + ":" + port, "postgres", "?user=" + user);
    }

    public static PostgresServer local() {
        return new PostgresServer("127.0.0.1", 5432, "postgres");
    }

    /**
     * The server a JDBC URL points at, administered through the URL's database with the URL's parameters (user,
     * password); other databases on it get the same parameters.
     */
    public static PostgresServer of(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL of the form "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD: " + Redacted.url(jdbcUrl));
        }
        String database = m.group(2).isEmpty() ? "postgres" : m.group(2);
        return new PostgresServer(m.group(1), database, m.group(3) == null ? "" : m.group(3));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + address + "/" + database + parameters;
    }

    /** The database it is administered through: for {@link #of(String)}, the URL's. */
    public String database() {
        return maintenanceDatabase;
    }

    /** HOST:PORT, for messages. */
    public String address() {
        return address;
    }

    /** True when the server accepts a connection within two seconds. */
    public boolean answers() {
        String url = jdbcUrl(maintenanceDatabase);
        try (Connection c = DriverManager.getConnection(url + (parameters.isEmpty() ? "?" : "&") + "connectTimeout=2")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public void createDatabaseIfAbsent(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(maintenanceDatabase));
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, safe(name));
            if (!check.executeQuery().next()) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + name);
                }
            }
        }
    }

    public void dropDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(maintenanceDatabase)); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + safe(name) + " with (force)");
        }
    }

    private static String safe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }
}

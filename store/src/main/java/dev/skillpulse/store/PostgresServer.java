package dev.skillpulse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Administration of a PostgreSQL server through its maintenance database: creating and dropping databases. */
public final class PostgresServer {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String user;

    public PostgresServer(String host, int port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    public static PostgresServer local() {
        return new PostgresServer("127.0.0.1", 5432, "postgres");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }

    /** True when the server accepts a connection within two seconds. */
    public boolean answers() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres") + "&connectTimeout=2")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public void createDatabaseIfAbsent(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"));
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
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
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

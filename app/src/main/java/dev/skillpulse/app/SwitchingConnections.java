package dev.skillpulse.app;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * The dashboard's reads: jOOQ takes each query's connection from the current database, which a promotion's rebuild
 * switches to the new one at once. Every query object built on it follows; a connection already handed out finishes
 * on the database it came from (releasing closes it, which returns it to its own pool).
 */
final class SwitchingConnections implements ConnectionProvider {
    private volatile ConnectionProvider current;

    SwitchingConnections(DataSource first) {
        current = new DataSourceConnectionProvider(first);
    }

    void switchTo(DataSource next) {
        current = new DataSourceConnectionProvider(next);
    }

    @Override
    public Connection acquire() {
        return current.acquire();
    }

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("cannot return a connection to its pool", e);
        }
    }
}

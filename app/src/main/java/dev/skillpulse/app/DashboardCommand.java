package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.TermCatalog;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the projector and the dashboard until stopped. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Project counts from Kafka into PostgreSQL and serve the dashboard and JSON API until Ctrl-C.")
public final class DashboardCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    DatabaseOptions database;

    @Mixin
    TaxonomyOption taxonomy;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (database.jdbcUrl == null) {
            System.err.println("no database: give --jdbc-url or set SKILLPULSE_JDBC_URL");
            return 1;
        }
        try (StopSignal stop = new StopSignal(); Database db = Database.open(database.jdbcUrl)) {
            Taxonomy terms = taxonomy.load();
            TermCatalog.sync(db.dsl(), terms);
            try (DashboardService service = new DashboardService(kafka.bootstrap, db, terms, host, port, Map.of())) {
                System.out.println("dashboard on http://localhost:" + service.port() + "/");
                stop.await();
            }
        }
        return 0;
    }
}

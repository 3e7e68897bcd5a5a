package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.TermCatalog;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the projector and the dashboard until stopped. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        header = "Run the projector and the dashboard with its JSON API until Ctrl-C.",
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (database.jdbcUrl == null) {
            throw new ParameterException(spec.commandLine(), "no database: give --jdbc-url or set SKILLPULSE_JDBC_URL");
        }
        Taxonomy terms = taxonomy.load();
        try (StopSignal stop = new StopSignal(); Database db = Databases.open(database.jdbcUrl)) {
            KafkaSetup.connect(kafka.bootstrap).close();
            TermCatalog.sync(db.dsl(), terms);
            try (DashboardService service = new DashboardService(kafka.bootstrap, db, host, port, Map.of())) {
                service.start();
                System.out.println("dashboard on http://localhost:" + service.port() + "/");
                stop.await();
            }
        }
        return 0;
    }
}

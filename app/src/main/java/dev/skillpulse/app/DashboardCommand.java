package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.SourceMismatchException;
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

    @Option(names = "--rebuild", description = "When the database's counts came from another Kafka cluster or topology "
            + "generation, drop them and recount from this one (without it, the projector refuses to start).")
    boolean rebuild;

    @Option(names = "--generation", defaultValue = Topics.GENERATION, description = "Topology generation whose count "
            + "changes to add (default: ${DEFAULT-VALUE}).")
    String generation;

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
            try (DashboardService service = new DashboardService(kafka.bootstrap, db, terms,
                    DashboardService.Options.of(host, port, generation, rebuild), Map.of())) {
                service.start();
                System.out.println("dashboard on http://localhost:" + service.port() + "/");
                stop.await();
            } catch (SourceMismatchException e) {
                System.err.println("dashboard: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the whole system in one JVM with the sample data, until Ctrl-C. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run everything in one JVM with the sample data and print the dashboard URL.",
        description = {"Runs a real Kafka broker, the topology, the projector and the dashboard in one JVM, loads the "
            + "sample data (or --data), and prints the dashboard URL once the data is visible.",
            "A second run with the same --state-dir resumes with the data it had; while one runs, another on the same "
                + "--state-dir stops at once, naming the process that holds it.",
            "Terms promoted into --overlay (default: taxonomy-overlay.json in --state-dir) are counted; POST "
                + "/api/promote (with SKILLPULSE_INGEST_TOKEN) promotes one while it runs, recounting every posting "
                + "beside the counts shown and switching over when complete (docs/emerging.md).",
            "Counts go to the database of --jdbc-url when given; else to the state dir's own database (see --database) "
                + "on the server at 127.0.0.1:5432, or on embedded PostgreSQL kept in the state dir (not as root)."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka broker port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--state-dir", defaultValue = ".skillpulse/demo",
            description = "Kafka log, Streams state and embedded database (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--data", paramLabel = "PATH",
            description = "Postings to load instead of the sample data (repeatable; files or folders).")
    List<Path> data;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Mixin
    DatabaseOptions jdbc;

    @Option(names = "--database", paramLabel = "NAME",
            description = {"Database to use on the local or embedded PostgreSQL, created when absent (default: "
                + "skillpulse_ and a hash of the absolute --state-dir, so each state dir has its own)."})
    String database;

    @Mixin
    TaxonomyOption taxonomy;

    @Override
    public Integer call() throws Exception {
        Path overlay = taxonomy.overlayOr(stateDir.resolve(TaxonomyOverlay.FILE_NAME));
        TaxonomyOverlay.load(taxonomy.file, overlay);
        List<Path> toLoad = data != null ? data : sampleData();
        Demo.Settings settings = new Demo.Settings(port, kafkaPort, stateDir, toLoad, jdbc.jdbcUrl, database,
                PostgresServer.local(), taxonomy.file, partitions, overlay);
        try (StopSignal stop = new StopSignal(); Demo demo = Demo.start(settings, System.out)) {
            System.out.println("Dashboard: " + demo.url() + "   (Ctrl-C stops everything)");
            stop.await();
            System.out.println("stopping…");
        }
        return 0;
    }

    /** The repository's sample-data folder: next to bin/ when started through bin/skillpulse, else ./sample-data. */
    private static List<Path> sampleData() {
        String home = System.getenv("SKILLPULSE_HOME");
        Path dir = (home != null ? Path.of(home) : Path.of(".")).resolve("sample-data");
        return Files.isDirectory(dir) ? List.of(dir) : List.of();
    }
}

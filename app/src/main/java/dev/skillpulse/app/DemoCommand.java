package dev.skillpulse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the whole system in one JVM with the sample data, until Ctrl-C. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a real Kafka broker, the topology, the projector and the dashboard in one JVM,",
            "load the sample data (or --data), and print the dashboard URL once the data is visible.",
            "A second run with the same --state-dir resumes with the data it had."})
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
    DatabaseOptions database;

    @Mixin
    TaxonomyOption taxonomy;

    @Override
    public Integer call() throws Exception {
        taxonomy.load();
        List<Path> toLoad = data != null ? data : sampleData();
        Demo.Settings settings = new Demo.Settings(port, kafkaPort, stateDir, toLoad, database.jdbcUrl, taxonomy.file,
                partitions);
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

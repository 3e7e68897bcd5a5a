package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.ingest.InputFiles;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.LoadSummary;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReaderOptions;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** Everything in one JVM: a real Kafka broker, the topology, the projector and the dashboard, plus a first load. */
final class Demo implements AutoCloseable {
    /**
     * {@code jdbcUrl}: the user's database, or null to use {@code database} (null: the state dir's own) on
     * {@code localServer} when it answers, else on embedded PostgreSQL.
     */
    record Settings(int port, int kafkaPort, Path stateDir, List<Path> data, String jdbcUrl, String database,
                    PostgresServer localServer, Path taxonomyFile, int partitions, Path overlay) {
        Settings(int port, int kafkaPort, Path stateDir, List<Path> data, String jdbcUrl, String database,
                PostgresServer localServer, Path taxonomyFile, int partitions) {
            this(port, kafkaPort, stateDir, data, jdbcUrl, database, localServer, taxonomyFile, partitions, null);
        }

        /** The taxonomy overlay: the one given, else the state dir's (promote writes there by default). */
        Path overlayFile() {
            return overlay != null ? overlay : stateDir.resolve(TaxonomyOverlay.FILE_NAME);
        }
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final PrintStream out;
    private int port;

    private Demo(PrintStream out) {
        this.out = out;
    }

    /** Starts every service, loads the data, and returns once the loaded data is visible through the API. */
    static Demo start(Settings s, PrintStream out) throws Exception {
        Demo demo = new Demo(out);
        try {
            demo.run(s);
            return demo;
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
    }

    private void run(Settings s) throws Exception {
        long started = System.nanoTime();
        Taxonomy taxonomy = TaxonomyOverlay.load(s.taxonomyFile(), s.overlayFile());
        // With promoted terms in the overlay, the counts are those of the layered taxonomy's generation.
        String generation = GenerationRebuild.generationOf(s.taxonomyFile(), s.overlayFile());
        boolean layered = !generation.equals(Topics.GENERATION);
        // Before Kafka, whose own lock on its log would fail with a stack trace and no owner.
        opened(StateDirLock.take(s.stateDir()));
        FreePort.require("127.0.0.1", s.kafkaPort(), "--kafka-port");
        FreePort.require("0.0.0.0", s.port(), "--port");
        // Before Kafka: no PostgreSQL is the likelier failure, and it is told sooner.
        DemoDatabase db = opened(DemoDatabase.resolve(s.jdbcUrl(), s.database(), s.stateDir(),
                s.localServer()));
        TermCatalog.sync(db.database().dsl(), taxonomy);
        out.println("database   " + db.description());

        EmbeddedKafka kafka = opened(EmbeddedKafka.start(s.stateDir().resolve("kafka"), s.kafkaPort()));
        String bootstrap = kafka.bootstrapServers();
        KafkaSetup.createTopics(bootstrap, s.partitions(), generation);
        out.println("kafka      " + bootstrap + " (log in " + s.stateDir().resolve("kafka") + ")");

        TopologyRunner topology = opened(new TopologyRunner(StreamsSettings.of(bootstrap,
                s.stateDir().resolve(layered ? "streams-" + generation : "streams"),
                layered ? TaxonomyOverlay.writeLayered(s.taxonomyFile(), s.overlayFile(), s.stateDir())
                        : s.taxonomyFile(), generation)));
        topology.start();
        // A promotion replaces the running topology with its own once its counts are complete.
        AtomicReference<TopologyRunner> current = new AtomicReference<>(topology);
        DashboardService dashboard = opened(new DashboardService(bootstrap, db.database(), taxonomy,
                DashboardService.Options.of("0.0.0.0", s.port(), generation, true).promoting(new Promotions.Settings(
                        s.taxonomyFile(), s.overlayFile(), s.stateDir(), db.jdbcUrl(), current)),
                Map.of("streams", () -> current.get().health()),
                List.of(new KafkaStreamsMetrics(topology.streams()))));
        dashboard.start();
        port = dashboard.port();

        Path loadedMarker = s.stateDir().resolve("loaded.txt");
        String dataSignature = signature(s.data());
        long sent = 0;
        if (s.data().isEmpty()) {
            out.println("loading    nothing (no data given)");
        } else if (Files.exists(loadedMarker) && Files.readString(loadedMarker).equals(dataSignature)) {
            // Same files as last time: their postings are already in the Kafka log of this state dir.
            out.println("loading    skipped: this state dir already holds these files (delete loaded.txt to reload)");
        } else {
            out.println("loading    " + s.data().stream().map(Path::toString).collect(Collectors.joining(" ")));
            try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS)) {
                LoadSummary summary = new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(s.data());
                LoadCommand.report(summary, out);
                sent = summary.sent();
            }
            Files.writeString(loadedMarker, dataSignature);
        }
        // Five minutes, and a second more per thousand postings loaded (a million took minutes to count here).
        Readiness.awaitVisible(bootstrap, new CountWriter(db.database().dsl()),
                Duration.ofMinutes(5).plusSeconds(sent / 1000), generation);
        SkillQueries queries = new SkillQueries(db.database().dsl());
        out.printf("ready      %s  (%,d postings visible, %.1f s after start)%n", url(),
                queries.totalPostings(Period.ALL), (System.nanoTime() - started) / 1e9);
    }

    /** Each file to load with its size and modification time: equal signatures mean the same data. */
    private static String signature(List<Path> data) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : InputFiles.expand(data)) {
            text.append(file.toAbsolutePath()).append('\t').append(Files.size(file)).append('\t')
                    .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
        return text.toString();
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    int port() {
        return port;
    }

    private <T extends AutoCloseable> T opened(T resource) {
        running.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.LoadSummary;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReaderOptions;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.streams.SkillPulseTopology;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.Topics;
import dev.skillpulse.streams.TopologyRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Everything in one JVM: a real Kafka broker, the topology, the projector and the dashboard, plus a first load. */
final class Demo implements AutoCloseable {
    record Settings(int port, int kafkaPort, Path stateDir, List<Path> data, String jdbcUrl, Path taxonomyFile,
                    int partitions) {
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
        Taxonomy taxonomy = Taxonomy.loadOrBundled(s.taxonomyFile());
        EmbeddedKafka kafka = opened(EmbeddedKafka.start(s.stateDir().resolve("kafka"), s.kafkaPort()));
        String bootstrap = kafka.bootstrapServers();
        KafkaSetup.createTopics(bootstrap, s.partitions());
        out.println("kafka      " + bootstrap + " (log in " + s.stateDir().resolve("kafka") + ")");

        DemoDatabase db = opened(DemoDatabase.resolve(s.jdbcUrl(), s.stateDir()));
        TermCatalog.sync(db.database().dsl(), taxonomy);
        out.println("database   " + db.description());

        Properties config = StreamsSettings.of(bootstrap, s.stateDir().resolve("streams"));
        if (s.taxonomyFile() != null) {
            config.put(SkillPulseTopology.TAXONOMY_FILE, s.taxonomyFile().toString());
        }
        TopologyRunner topology = opened(new TopologyRunner(config));
        topology.start();
        DashboardService dashboard = opened(new DashboardService(bootstrap, db.database(), "0.0.0.0", s.port(),
                Map.of("streams", topology::isRunning)));
        port = dashboard.port();

        if (!s.data().isEmpty()) {
            out.println("loading    " + s.data().stream().map(Path::toString).collect(Collectors.joining(" ")));
            try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS)) {
                LoadSummary summary = new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(s.data());
                LoadCommand.report(summary, out);
            }
        }
        awaitVisible(bootstrap, dashboard, Duration.ofMinutes(5));
        SkillQueries queries = new SkillQueries(db.database().dsl());
        out.printf("ready      %s  (%,d postings visible, %.1f s after start)%n", url(),
                queries.totalPostings(Period.ALL), (System.nanoTime() - started) / 1e9);
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    int port() {
        return port;
    }

    /** Waits until the topology has committed every posting and the projector has applied the results. */
    private static void awaitVisible(String bootstrap, DashboardService dashboard, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (!topologyCaughtUp(admin)) {
                checkDeadline(deadline);
                Thread.sleep(200);
            }
        }
        // The projector polls every 200 ms or faster: two caught-up readings 500 ms apart include one made
        // after the topology's last commit.
        int readings = 0;
        while (readings < 2) {
            checkDeadline(deadline);
            readings = dashboard.projector().isCaughtUp() ? readings + 1 : 0;
            Thread.sleep(500);
        }
    }

    private static boolean topologyCaughtUp(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(StreamsSettings.APPLICATION_ID).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.POSTINGS)).allTopicNames().get()
                .get(Topics.POSTINGS).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.POSTINGS, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(e -> {
            OffsetAndMetadata c = committed.get(e.getKey());
            return e.getValue().offset() == 0 || c != null && c.offset() >= e.getValue().offset();
        });
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("loaded data did not become visible in time");
        }
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

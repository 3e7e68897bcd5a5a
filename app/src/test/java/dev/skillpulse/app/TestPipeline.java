package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The read side of SkillPulse on real parts, for tests: an in-process broker with the topics, a scratch database
 * with the taxonomy's terms, and the projector + dashboard on a free port. Tests add the topology as they need it.
 */
final class TestPipeline implements AutoCloseable {
    /** The bearer token POST /api/postings takes in tests. */
    static final String INGEST_TOKEN = "test-ingest-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final TestKafka kafka;
    private final ScratchDatabase scratch;
    private final Database db;
    private final DashboardService dashboard;
    private TopologyRunner topology;

    private TestPipeline(TestKafka kafka, ScratchDatabase scratch, Database db, DashboardService dashboard) {
        this.kafka = kafka;
        this.scratch = scratch;
        this.db = db;
        this.dashboard = dashboard;
    }

    static TestPipeline start(int partitions, Map<String, Supplier<Boolean>> extraHealth) throws Exception {
        TestKafka kafka = TestKafka.start();
        ScratchDatabase scratch = ScratchDatabase.create("sp_test");
        Database db = Database.open(scratch.jdbcUrl());
        Taxonomy taxonomy = Taxonomy.bundled();
        TermCatalog.sync(db.dsl(), taxonomy);
        KafkaSetup.createTopics(kafka.bootstrapServers(), partitions);
        Map<String, Supplier<String>> health = new LinkedHashMap<>();
        extraHealth.forEach((name, probe) -> health.put(name, HealthCheck.upWhen(probe)));
        DashboardService dashboard = new DashboardService(kafka.bootstrapServers(), db, taxonomy,
                new DashboardService.Options("127.0.0.1", 0, Topics.GENERATION, false, INGEST_TOKEN), health).start();
        return new TestPipeline(kafka, scratch, db, dashboard);
    }

    /**
     * The topology on this pipeline's broker, started, with its state in {@code stateDir}; without a record cache, so
     * each posting's count changes go out at the next commit. {@link #close()} stops it first.
     */
    TopologyRunner startTopology(Path stateDir) {
        Properties config = StreamsSettings.of(bootstrap(), stateDir);
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        topology = new TopologyRunner(config);
        topology.start();
        return topology;
    }

    /** A posting as POST /api/postings takes it, in Berlin. */
    static String posting(String id, String day, String title, String company, String description) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"company\":\"" + company + "\",\"postedAt\":\""
                + day + "\",\"location\":{\"city\":\"Berlin\",\"country\":\"DE\"},\"url\":\"https://jobs.example/"
                + id + "\",\"description\":\"" + description + "\"}";
    }

    /** POST /api/postings with the ingest token. */
    HttpResponse<String> postPostings(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/postings")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + INGEST_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The dashboard's address of {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    Database db() {
        return db;
    }

    CountProjector projector() {
        return dashboard.projector();
    }

    int port() {
        return dashboard.port();
    }

    @Override
    public void close() throws Exception {
        if (topology != null) {
            topology.close();
        }
        dashboard.close();
        db.close();
        scratch.close();
        kafka.close();
    }
}

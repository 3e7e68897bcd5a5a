package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
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
    /** The topology a promotion replaces (set by {@link #startTopology}). */
    private final AtomicReference<TopologyRunner> current;
    private TopologyRunner topology;

    private TestPipeline(TestKafka kafka, ScratchDatabase scratch, Database db, DashboardService dashboard,
            AtomicReference<TopologyRunner> current) {
        this.kafka = kafka;
        this.scratch = scratch;
        this.db = db;
        this.dashboard = dashboard;
        this.current = current;
    }

    static TestPipeline start(int partitions, Map<String, Supplier<Boolean>> extraHealth) throws Exception {
        return start(partitions, extraHealth, null);
    }

    /**
     * The same, with POST /api/promote on: promotions write the overlay, layered taxonomies and the new topologies'
     * state into {@code stateDir}, and their databases next to the scratch database (dropped with it).
     */
    static TestPipeline startPromoting(int partitions, Path stateDir) throws Exception {
        return start(partitions, Map.of(), stateDir);
    }

    private static TestPipeline start(int partitions, Map<String, Supplier<Boolean>> extraHealth, Path promoteDir)
            throws Exception {
        TestKafka kafka = TestKafka.start();
        ScratchDatabase scratch = ScratchDatabase.create("sp_test");
        Database db = Database.open(scratch.jdbcUrl());
        Taxonomy taxonomy = Taxonomy.bundled();
        TermCatalog.sync(db.dsl(), taxonomy);
        KafkaSetup.createTopics(kafka.bootstrapServers(), partitions);
        Map<String, Supplier<String>> health = new LinkedHashMap<>();
        extraHealth.forEach((name, probe) -> health.put(name, HealthCheck.upWhen(probe)));
        AtomicReference<TopologyRunner> current = new AtomicReference<>();
        DashboardService.Options options = new DashboardService.Options("127.0.0.1", 0, Topics.GENERATION, false,
                INGEST_TOKEN);
        if (promoteDir != null) {
            options = options.promoting(new Promotions.Settings(null, promoteDir.resolve(TaxonomyOverlay.FILE_NAME),
                    promoteDir, scratch.jdbcUrl(), current));
        }
        DashboardService dashboard = new DashboardService(kafka.bootstrapServers(), db, taxonomy, options, health)
                .start();
        return new TestPipeline(kafka, scratch, db, dashboard, current);
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
        current.set(topology);
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
        return post("/api/postings", body);
    }

    /** POST {@code path} with a JSON body and the ingest token. */
    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + INGEST_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The dashboard's address of {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** GET {@code path}. */
    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The database of a promotion's generation, next to this pipeline's (the caller closes it). */
    Database promotedDatabase(String generation) {
        PostgresServer server = PostgresServer.of(scratch.jdbcUrl());
        return Database.open(server.jdbcUrl(GenerationRebuild.databaseName(server.database(), generation)));
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

    /** The databases promotions created next to the scratch one ({@code <scratch>_v3_...}). */
    private void dropPromotedDatabases() throws Exception {
        PostgresServer server = PostgresServer.of(scratch.jdbcUrl());
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(scratch.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("select datname from pg_database")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(server.database() + "_")) {
                    names.add(rs.getString(1));
                }
            }
        }
        for (String name : names) {
            server.dropDatabase(name);
        }
    }

    @Override
    public void close() throws Exception {
        if (topology != null) {
            topology.close();
        }
        dashboard.close();
        db.close();
        dropPromotedDatabases();
        scratch.close();
        kafka.close();
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.TermCatalog;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read side of SkillPulse on real parts, for tests: an in-process broker with the topics, a scratch database
 * with the taxonomy's terms, and the projector + dashboard on a free port. Tests add the topology as they need it.
 */
final class TestPipeline implements AutoCloseable {
    /** The bearer token POST /api/postings takes in tests. */
    static final String INGEST_TOKEN = "test-ingest-token";
    private final TestKafka kafka;
    private final ScratchDatabase scratch;
    private final Database db;
    private final DashboardService dashboard;

    private TestPipeline(TestKafka kafka, ScratchDatabase scratch, Database db, DashboardService dashboard) {
        this.kafka = kafka;
        this.scratch = scratch;
        this.db = db;
        this.dashboard = dashboard;
    }

    static TestPipeline start(int partitions, Map<String, Supplier<Boolean>> extraHealth) throws Exception {
        TestKafka kafka = TestKafka.start();
        ScratchDatabase scratch = ScratchDatabase.create(PostgresServer.local(), "sp_test");
        Database db = Database.open(scratch.jdbcUrl());
        Taxonomy taxonomy = Taxonomy.bundled();
        TermCatalog.sync(db.dsl(), taxonomy);
        KafkaSetup.createTopics(kafka.bootstrapServers(), partitions);
        DashboardService dashboard = new DashboardService(kafka.bootstrapServers(), db, taxonomy, INGEST_TOKEN,
                "127.0.0.1", 0, extraHealth);
        return new TestPipeline(kafka, scratch, db, dashboard);
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    Database db() {
        return db;
    }

    int port() {
        return dashboard.port();
    }

    @Override
    public void close() throws Exception {
        dashboard.close();
        db.close();
        scratch.close();
        kafka.close();
    }
}

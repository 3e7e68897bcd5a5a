package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ProjectorState;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Real parts for the projector's fault tests: an in-process broker with the topics, a scratch database reached
 * directly (for checks), and topologies and projectors the test starts as it needs, each closed with the rig.
 */
final class ProjectorRig implements AutoCloseable {
    /** How a projector retries in these tests: quickly, so that a recovery shows within seconds. */
    static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    static final Duration MAX_BACKOFF = Duration.ofMillis(500);

    private final TestKafka kafka;
    private final ScratchDatabase scratch;
    private final Database db;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    private ProjectorRig(TestKafka kafka, ScratchDatabase scratch, Database db) {
        this.kafka = kafka;
        this.scratch = scratch;
        this.db = db;
    }

    static ProjectorRig start(int partitions, String... generations) throws Exception {
        TestKafka kafka = TestKafka.start();
        ScratchDatabase scratch = ScratchDatabase.create("sp_fault");
        Database db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
        KafkaSetup.createTopics(kafka.bootstrapServers(), partitions);
        ProjectorRig rig = new ProjectorRig(kafka, scratch, db);
        for (String generation : generations) {
            rig.createTopics(partitions, generation);
        }
        return rig;
    }

    private void createTopics(int partitions, String generation) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(Topics.countChanges(generation), partitions, (short) 1))).all().get();
        }
    }

    /** The PostgreSQL server the tests were given (local or embedded), for a proxy in front of it. */
    String databaseHost() {
        return java.net.URI.create(jdbcUrl().substring("jdbc:".length())).getHost();
    }

    int databasePort() {
        return java.net.URI.create(jdbcUrl().substring("jdbc:".length())).getPort();
    }

    TestKafka kafka() {
        return kafka;
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    /** The scratch database, reached directly. */
    Database db() {
        return db;
    }

    String jdbcUrl() {
        return scratch.jdbcUrl();
    }

    /** A topology of the given generation with its own state directory, started. */
    TopologyRunner topology(Path stateDir, String generation) {
        Properties config = StreamsSettings.of(bootstrap(), stateDir, null, generation);
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        TopologyRunner topology = new TopologyRunner(config);
        running.push(topology);
        topology.start();
        return topology;
    }

    /** Settings for a projector of this rig's cluster that retries quickly. */
    CountProjector.Settings settings(String generation, boolean rebuild) {
        return new CountProjector.Settings(bootstrap(), generation, CountProjector.GROUP_ID, rebuild, FIRST_BACKOFF,
                MAX_BACKOFF);
    }

    /** A projector writing through {@code database}, running on its own thread. */
    Running projector(CountProjector.Settings settings, Database database) {
        CountProjector projector = new CountProjector(settings, new CountWriter(database.dsl()), null,
                TermGroups.of(Taxonomy.bundled()));
        Thread thread = new Thread(projector, "projector-" + running.size());
        Running r = new Running(projector, thread);
        running.push(r);
        thread.start();
        return r;
    }

    /** A projector and its thread: closing stops it. */
    record Running(CountProjector projector, Thread thread) implements AutoCloseable {
        ProjectorState state() {
            return projector.state();
        }

        @Override
        public void close() throws InterruptedException {
            // A test may stop a projector before the rig closes: its thread has then closed the clients already.
            if (thread.isAlive()) {
                projector.close();
                thread.join(30_000);
            }
        }
    }

    /** Waits until the projector's state matches, polling every 20 ms; returns the matching state. */
    static ProjectorState await(Running projector, Predicate<ProjectorState> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ProjectorState s = projector.state();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("projector never reached the expected state; last: " + projector.state());
    }

    /** Waits until everything produced so far is in the database, then compares it with the corpus's truth. */
    void assertCountsEqualTruth(GeneratedCorpus corpus) throws Exception {
        assertCountsEqualTruth(corpus, Topics.GENERATION);
    }

    /** The same, for the counts of a given topology generation. */
    void assertCountsEqualTruth(GeneratedCorpus corpus, String generation) throws Exception {
        assertCountsEqualTruth(bootstrap(), db, corpus, generation);
    }

    /** The same for any cluster and database. */
    static void assertCountsEqualTruth(String bootstrap, Database db, GeneratedCorpus corpus, String generation)
            throws Exception {
        Readiness.awaitVisible(bootstrap, new CountWriter(db.dsl()), Duration.ofMinutes(2), generation);
        assertThat(GeneratedCorpus.weeklyIn(db.dsl())).as("weekly counts").isEqualTo(corpus.expectedWeekly());
        assertThat(GeneratedCorpus.copiesIn(db.dsl())).as("copies of counted postings").isEqualTo(corpus.liveIds());
        assertThat(GeneratedCorpus.monthlyFromCountedPostings(db.dsl())).as("counted postings' terms")
                .isEqualTo(corpus.expectedMonthly());
    }

    @Override
    public void close() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
        db.close();
        scratch.close();
        kafka.close();
    }
}

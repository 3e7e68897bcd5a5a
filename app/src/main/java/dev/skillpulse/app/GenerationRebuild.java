package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.dashboard.PromoteController.Status;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.PostingDetailProjector;
import dev.skillpulse.store.PostingDetailWriter;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recounts every posting with a new taxonomy beside the counts being served: a topology of a new generation replays
 * the compacted postings topic into its own count-change topic, and a projector of that generation (with a
 * posting-detail projector) fills a new database next to the current one. Once all of it has caught up with the
 * postings topic, it hands itself over ({@code handover}, the dashboard's switch); until then nothing reads that
 * database, so no half-built count is ever served. It keeps running as the current generation after the switch and
 * stops with {@link #close()}.
 */
final class GenerationRebuild implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GenerationRebuild.class);
    /** Caught up is waited for as long as it takes (a million postings take minutes); close() ends the wait. */
    private static final Duration NO_LIMIT = Duration.ofDays(365);

    /** Where: the Kafka cluster, the database the dashboard reads now (the new one goes next to it), the state dir. */
    record Place(String bootstrap, String currentJdbcUrl, Path stateDir) {
    }

    private final Place place;
    private final Taxonomy taxonomy;
    private final Path taxonomyFile;
    private final String generation;
    private final String term;
    private final Consumer<GenerationRebuild> handover;
    private final AppliedPosition applied = new AppliedPosition();
    private final AppliedPosition detailsWritten = new AppliedPosition();
    private Admin admin;
    private Database db;
    private String databaseName;
    private TopologyRunner topology;
    private CountProjector projector;
    private PostingDetailProjector details;
    private Thread projectorThread;
    private Thread detailsThread;
    private Thread watcher;
    private long startedNanos;
    private long postingsAtStart;
    private volatile String state = "building";
    private volatile String reason;
    private volatile long switchedNanos;
    private volatile long replayedAtSwitch;

    /** {@code taxonomyFile} holds {@code taxonomy} (the topology reads its taxonomy from a file); {@code term}: why. */
    GenerationRebuild(Place place, Taxonomy taxonomy, Path taxonomyFile, String term,
            Consumer<GenerationRebuild> handover) {
        this.place = place;
        this.taxonomy = taxonomy;
        this.taxonomyFile = taxonomyFile;
        this.generation = generationOf(taxonomy);
        this.term = term;
        this.handover = handover;
    }

    /**
     * The generation counts with {@code layered} run under: this build's ({@link Topics#GENERATION}) for the base
     * taxonomy as it is, else this build's and the first 8 hex digits of the layered taxonomy's digest ("v3-1a2b3c4d").
     */
    static String generationOf(Path baseTaxonomy, Path overlay) {
        Taxonomy layered = TaxonomyOverlay.load(baseTaxonomy, overlay);
        return layered.digest().equals(Taxonomy.loadOrBundled(baseTaxonomy).digest()) ? Topics.GENERATION
                : generationOf(layered);
    }

    private static String generationOf(Taxonomy layered) {
        return Topics.GENERATION + "-" + layered.digest().substring(0, 8);
    }

    /** The database of a generation next to {@code current}: {@code current_v3_1a2b3c4d}. */
    static String databaseName(String current, String generation) {
        return current + "_" + generation.replace('-', '_');
    }

    /** Creates the topics and the database, starts the topology and the projectors, and watches them catch up. */
    GenerationRebuild start() throws Exception {
        startedNanos = System.nanoTime();
        try {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, place.bootstrap()));
            List<TopicPartition> postings = postingsPartitions();
            postingsAtStart = end(postings);
            KafkaSetup.createTopics(place.bootstrap(), postings.size(), generation);
            PostgresServer server = PostgresServer.of(place.currentJdbcUrl());
            databaseName = databaseName(server.database(), generation);
            server.createDatabaseIfAbsent(databaseName);
            db = Databases.open(server.jdbcUrl(databaseName));
            TermCatalog.sync(db.dsl(), taxonomy);
            topology = new TopologyRunner(StreamsSettings.of(place.bootstrap(),
                    place.stateDir().resolve("streams-" + generation), taxonomyFile, generation));
            projector = new CountProjector(CountProjector.Settings.of(place.bootstrap(), true)
                    .withGeneration(generation).withGroupId(CountProjector.GROUP_ID + "-" + generation),
                    new CountWriter(db.dsl(), applied), null, TermGroups.of(taxonomy));
            details = new PostingDetailProjector(place.bootstrap(), detailsGroup(),
                    new PostingDetailWriter(db.dsl(), detailsWritten));
            topology.start();
            projectorThread = start(projector, "projector-" + generation);
            detailsThread = start(details, "posting-detail-projector-" + generation);
            watcher = start(this::watch, "rebuild-" + generation);
            LOG.info("Rebuilding the counts with '{}' as generation {} into database {} ({} postings records)", term,
                    generation, databaseName, postingsAtStart);
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private static Thread start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private String detailsGroup() {
        return PostingDetailProjector.GROUP_ID + "-" + databaseName;
    }

    private void watch() {
        try {
            Readiness.awaitVisible(place.bootstrap(), new CountWriter(db.dsl()), NO_LIMIT, generation);
            Readiness.awaitConsumed(place.bootstrap(), detailsGroup(), Topics.POSTINGS, NO_LIMIT);
            replayedAtSwitch = replayed();
            switchedNanos = System.nanoTime();
            handover.accept(this);
            state = "switched";
            Status s = status();
            LOG.info("Switched to generation {} ({} postings records replayed in {} s, {} /s)", generation,
                    s.replayed(), Math.round(s.seconds()), Math.round(s.rate()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            reason = Failures.rootMessage(e);
            state = "failed";
            LOG.error("Rebuild of generation {} failed; the dashboard keeps the counts it had", generation, e);
        }
    }

    /** What the rebuild is doing, for GET /api/promote; safe from any thread. */
    Status status() {
        failIfTopologyStopped();
        long replayed = "switched".equals(state) ? replayedAtSwitch : replayed();
        long end = "switched".equals(state) ? switchedNanos : System.nanoTime();
        double seconds = (end - startedNanos) / 1e9;
        return new Status(state, term, generation, replayed, postingsAtStart, seconds,
                seconds > 0 ? replayed / seconds : 0, reason);
    }

    boolean isBuilding() {
        failIfTopologyStopped();
        return "building".equals(state);
    }

    /** A topology that stopped while building (its stream threads died too often) never catches up: failed. */
    private synchronized void failIfTopologyStopped() {
        if ("building".equals(state) && topology != null && (topology.state() == KafkaStreams.State.ERROR
                || topology.state() == KafkaStreams.State.PENDING_ERROR
                || topology.state() == KafkaStreams.State.NOT_RUNNING)) {
            reason = "the new topology stopped (" + topology.state() + "; see the log)";
            state = "failed";
            watcher.interrupt();
        }
    }

    /** Postings records the new topology has committed as read (its consumer group's positions on postings). */
    private long replayed() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(StreamsSettings.applicationId(generation))
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return committed.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.POSTINGS))
                    .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset()).sum();
        } catch (Exception e) {
            return 0;
        }
    }

    private List<TopicPartition> postingsPartitions() throws Exception {
        return admin.describeTopics(List.of(Topics.POSTINGS)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(Topics.POSTINGS).partitions().stream()
                .map(p -> new TopicPartition(Topics.POSTINGS, p.partition())).toList();
    }

    /** The sum of the partitions' end offsets: the records there are to replay. */
    private long end(List<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(r -> r.offset()).sum();
    }

    String generation() {
        return generation;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    Database database() {
        return db;
    }

    TopologyRunner topology() {
        return topology;
    }

    CountProjector projector() {
        return projector;
    }

    boolean detailsHealthy() {
        return details.isHealthy();
    }

    /**
     * From now on, each commit of this generation's projectors moves {@code counts} and {@code detailsPositions}
     * (the response cache's key and the live pages' events follow them); each moves once now.
     */
    void forwardTo(AppliedPosition counts, AppliedPosition detailsPositions) {
        applied.onChange(counts::advance);
        detailsWritten.onChange(detailsPositions::advance);
        counts.advance();
        detailsPositions.advance();
    }

    /** Stops the watch, the projectors and the topology (not the database: readers may still hold connections). */
    void stopWriters() throws InterruptedException {
        if (watcher != null && watcher != Thread.currentThread()) {
            watcher.interrupt();
            watcher.join(30_000);
        }
        if (projector != null) {
            projector.close();
            join(projectorThread);
        }
        if (details != null) {
            details.close();
            join(detailsThread);
        }
        if (topology != null) {
            topology.close();
        }
    }

    private static void join(Thread thread) throws InterruptedException {
        if (thread != null) {
            thread.join(30_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stopWriters();
        } finally {
            if (db != null) {
                db.close();
            }
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
            }
        }
    }
}

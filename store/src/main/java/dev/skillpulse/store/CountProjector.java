package dev.skillpulse.store;

import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.JsonSerde;
import dev.skillpulse.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the committed count changes of one topology generation to the counts in PostgreSQL. Offsets live in the
 * database next to the counts and are written in the same transaction, only where they still hold what this
 * projector read before its batch: after any crash, outage or second projector, it resumes exactly where the data
 * ends, and nothing is counted twice.
 *
 * <p>It rides out outages: a failed transaction, poll or claim is retried with backoff, forever, after which it
 * rereads its offsets from the database. A count change it cannot use goes to {@link Topics#COUNT_CHANGES_DLQ}
 * with the reason, and the others go on. {@link #state()} says what it is doing.
 */
public final class CountProjector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CountProjector.class);
    public static final String GROUP_ID = "skillpulse-projector";
    /** Headers of a dead letter: why, and where the record came from. */
    public static final String REASON_HEADER = "skillpulse.error.reason";
    public static final String SOURCE_HEADER = "skillpulse.error.source";

    private static final Deserializer<CountChange> CHANGE = JsonSerde.of(CountChange.class).deserializer();

    /**
     * What to read and how to start: the Kafka cluster, the topology generation whose count changes to add, the
     * consumer group (partition assignment only; positions are in the database), and whether counts from another
     * cluster or generation may be dropped and rebuilt ({@code --rebuild}) rather than refused.
     */
    public record Settings(String bootstrapServers, String generation, String groupId, boolean rebuild,
                           Duration firstBackoff, Duration maxBackoff) {
        public static Settings of(String bootstrapServers, boolean rebuild) {
            return new Settings(bootstrapServers, Topics.GENERATION, GROUP_ID, rebuild, Duration.ofMillis(100),
                    Duration.ofSeconds(5));
        }

        public Settings withGeneration(String other) {
            return new Settings(bootstrapServers, other, groupId, rebuild, firstBackoff, maxBackoff);
        }

        public Settings withGroupId(String other) {
            return new Settings(bootstrapServers, generation, other, rebuild, firstBackoff, maxBackoff);
        }
    }

    private final Settings settings;
    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final CountWriter writer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final LongConsumer freshness;
    private final TermGroups groups;
    private final Backoff backoff;
    /** Per assigned partition, the offset the database held when this projector last read or wrote it. */
    private final Map<TopicPartition, Long> expected = new HashMap<>();
    private volatile ProjectorState state = ProjectorState.starting();
    private boolean resync;
    private long conflicts;
    private volatile boolean claimed;
    private final AtomicBoolean started = new AtomicBoolean();

    public CountProjector(String bootstrapServers, CountWriter writer, TermGroups groups) {
        this(Settings.of(bootstrapServers, false), writer, null, groups);
    }

    /**
     * {@code freshness}, when not null, gets each applied record's age (ms since its timestamp) after the commit;
     * {@code groups} are the groups of terms the read model counts (the queries must read the same).
     */
    public CountProjector(Settings settings, CountWriter writer, LongConsumer freshness, TermGroups groups) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        // Only counts from committed Streams transactions: aborted attempts must never reach the dashboard.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Big polls, short waits: each poll is one database transaction, and a read_committed fetch is not
        // answered early when a transaction commits, so a long wait would pace the whole pipeline.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50_000);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        // A dead letter that cannot be sent (no broker) fails the batch within 10 s, to be retried, rather than
        // blocking the projector for the default minute.
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        this.deadLetters = new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer());
        this.settings = settings;
        this.topic = Topics.countChanges(settings.generation());
        this.writer = writer;
        this.freshness = freshness;
        this.groups = groups;
        this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff());
    }

    /**
     * Binds the database's counts to this cluster and generation; throws {@link SourceMismatchException} when they
     * came from others and rebuilding was not asked for. {@link #run()} does it too: call it first to fail early.
     */
    public void claimSource() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers()))) {
            String clusterId = admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
            if (writer.claimSource(clusterId, settings.generation(), settings.rebuild())) {
                LOG.warn("Counts in the database came from another Kafka cluster or generation: rebuilding them from "
                        + "cluster {}, generation {}", clusterId, settings.generation());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for its cluster id", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot reach Kafka at " + settings.bootstrapServers() + ": " + e, e);
        }
    }

    /**
     * Claims the source now if Kafka and the database answer, so that a refusal ({@link SourceMismatchException})
     * ends start-up with its message; when they do not answer, {@link #run()} claims once they do.
     */
    public void claimSourceIfReachable() {
        try {
            claimSource();
            claimed = true;
        } catch (KafkaException | DataAccessException e) {
            LOG.warn("Cannot check the counts' source yet ({}); the projector will when it starts", reason(e));
        }
    }

    @Override
    public void run() {
        started.set(true);
        try {
            if (!claimed && !claimUntilDone()) {
                return;
            }
            consumer.subscribe(List.of(topic), new SeekToStoredOffsets());
            while (running.get()) {
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException | Error e) {
            state = state.down("projector failed: " + e);
            LOG.error("Projector stopped", e);
            throw e;
        } finally {
            consumer.close();
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    /** Claims the source, retrying while Kafka or the database is unreachable; false when refused or closed. */
    private boolean claimUntilDone() throws InterruptedException {
        while (running.get()) {
            try {
                claimSource();
                recovered();
                return true;
            } catch (SourceMismatchException e) {
                state = state.down(e.getMessage());
                LOG.error("Projector refuses to start: {}", e.getMessage());
                return false;
            } catch (KafkaException | DataAccessException e) {
                failed(e);
            }
        }
        return false;
    }

    /** One poll and its transaction; any failure is retried after a backoff, from the database's offsets. */
    private void step() throws InterruptedException {
        try {
            if (resync) {
                seekToStoredOffsets(consumer.assignment());
                resync = false;
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
            if (!records.isEmpty()) {
                apply(records);
            }
            recovered();
        } catch (WakeupException e) {
            throw e;
        } catch (OffsetConflictException e) {
            // Two projectors racing conflict on most batches: the first conflict says so, then one in a thousand.
            if (conflicts++ % 1000 == 0) {
                LOG.info("Another projector got there first ({}); rereading the offsets ({} conflicts so far)",
                        e.getMessage(), conflicts);
            }
            resync = true;
        } catch (KafkaException | DataAccessException | IllegalStateException e) {
            resync = true;
            failed(e);
        }
    }

    private void failed(RuntimeException e) throws InterruptedException {
        String reason = reason(e);
        state = state.down(reason);
        if (backoff.failed()) {
            if (backoff.failures() == 1) {
                LOG.warn("Projector cannot apply count changes ({}); retrying with backoff until it can", reason, e);
            } else {
                LOG.warn("Projector still cannot apply count changes after {} attempts over {} s: {}",
                        backoff.failures(), Math.round(backoff.failingSeconds()), reason);
            }
        }
        backoff.sleep();
    }

    private void recovered() {
        long failures = backoff.failures();
        double seconds = backoff.failingSeconds();
        if (backoff.succeeded()) {
            LOG.info("Projector recovered after {} failed attempts over {} s", failures, Math.round(seconds));
        }
        state = state.running(lag(), deadLettered.get(), applied.get());
    }

    /** The component at fault and the innermost cause, e.g. "database: Connection refused". */
    private static String reason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = e instanceof DataAccessException ? "database" : e instanceof KafkaException ? "kafka" : "projector";
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return where + ": " + message;
    }

    /** Committed count changes not yet read, from the last fetch of each assigned partition. */
    private long lag() {
        long lag = 0;
        for (TopicPartition tp : consumer.assignment()) {
            lag += Math.max(0, consumer.currentLag(tp).orElse(0));
        }
        return lag;
    }

    private void apply(ConsumerRecords<String, byte[]> records) {
        List<CountWriter.Position> positions = new ArrayList<>();
        for (TopicPartition tp : records.partitions()) {
            Long from = expected.get(tp);
            if (from == null) {
                // Assigned while the database could not be asked where to start: read nothing until it can.
                throw new IllegalStateException("no stored offset read for " + tp);
            }
            List<ConsumerRecord<String, byte[]>> part = records.records(tp);
            positions.add(new CountWriter.Position(tp.topic(), tp.partition(), from,
                    part.get(part.size() - 1).offset() + 1));
        }
        Batch batch = fold(records, groups);
        sendDeadLetters(batch.poison());
        writer.add(batch.tally().deltas(), positions);
        positions.forEach(p -> expected.put(new TopicPartition(p.topic(), p.partition()), p.nextOffset()));
        applied.addAndGet(records.count() - batch.poison().size());
        deadLettered.addAndGet(batch.poison().size());
        if (freshness != null) {
            long now = System.currentTimeMillis();
            records.forEach(r -> freshness.accept(now - r.timestamp()));
        }
    }

    /** A poll folded into one tally, and the records that could not be used with the reason for each. */
    private record Batch(FactTally tally, Map<ConsumerRecord<String, byte[]>, String> poison) {
    }

    /**
     * One tally per poll: postings share most facts, so the transaction touches each fact once. A record that
     * fails while being added may have left part of itself in the tally, so the poll is folded again without it.
     */
    private static Batch fold(ConsumerRecords<String, byte[]> records, TermGroups groups) {
        Map<ConsumerRecord<String, byte[]>, String> poison = new HashMap<>();
        Set<ConsumerRecord<String, byte[]>> failedInTally = new HashSet<>();
        while (true) {
            FactTally tally = new FactTally(groups);
            ConsumerRecord<String, byte[]> failed = null;
            for (ConsumerRecord<String, byte[]> r : records) {
                if (poison.containsKey(r)) {
                    continue;
                }
                CountChange change;
                try {
                    change = decode(r);
                } catch (RuntimeException e) {
                    poison.put(r, e.getMessage());
                    continue;
                }
                try {
                    tally.add(r.key(), change);
                } catch (RuntimeException e) {
                    poison.put(r, "cannot be added to the counts: " + e);
                    failed = r;
                    break;
                }
            }
            if (failed == null || !failedInTally.add(failed)) {
                return new Batch(tally, poison);
            }
        }
    }

    private static CountChange decode(ConsumerRecord<String, byte[]> r) {
        if (r.key() == null) {
            throw new IllegalArgumentException("record has no key (the posting id)");
        }
        if (r.value() == null) {
            throw new IllegalArgumentException("record has no value (a count change is never a tombstone)");
        }
        CountChange change;
        try {
            change = CHANGE.deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new IllegalArgumentException("not a count change: "
                    + (message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("")), e);
        }
        if (change.before() == null && change.after() == null) {
            throw new IllegalArgumentException("count change has neither 'before' nor 'after'");
        }
        return change;
    }

    /**
     * Sends the batch's unusable records to the dead-letter topic and waits for the broker, before the counts are
     * committed: a dead letter is never lost, though one may be sent twice when the transaction then fails.
     */
    private void sendDeadLetters(Map<ConsumerRecord<String, byte[]>, String> poison) {
        if (poison.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        poison.forEach((r, reason) -> {
            LOG.warn("Count change at {}-{}@{} sent to {}: {}", r.topic(), r.partition(), r.offset(),
                    Topics.COUNT_CHANGES_DLQ, reason);
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(Topics.COUNT_CHANGES_DLQ, null,
                    r.key() == null ? null : r.key().getBytes(StandardCharsets.UTF_8), r.value());
            letter.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
            letter.headers().add(SOURCE_HEADER, (r.topic() + "-" + r.partition() + "@" + r.offset())
                    .getBytes(StandardCharsets.UTF_8));
            sent.add(deadLetters.send(letter));
        });
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while sending dead letters", e);
            } catch (ExecutionException e) {
                throw new KafkaException("cannot send a dead letter: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Seeks each partition to the offset stored with the counts (the beginning when there is none). */
    private void seekToStoredOffsets(Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            expected.remove(tp);
        }
        for (TopicPartition tp : partitions) {
            long next = writer.nextOffset(tp.topic(), tp.partition());
            if (next >= 0) {
                consumer.seek(tp, next);
            } else {
                consumer.seekToBeginning(List.of(tp));
            }
            expected.put(tp, next >= 0 ? next : CountWriter.Position.NO_OFFSET);
        }
    }

    public long appliedRecords() {
        return applied.get();
    }

    /** What the projector is doing now; safe to call from any thread. */
    public ProjectorState state() {
        return state;
    }

    public boolean isHealthy() {
        return running.get() && state.status() != ProjectorState.Status.DOWN;
    }

    @Override
    public void close() {
        running.set(false);
        if (started.compareAndSet(false, true)) {
            // Never ran: nobody else will close the clients.
            consumer.close();
            deadLetters.close(Duration.ofSeconds(5));
        } else {
            consumer.wakeup();
        }
    }

    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                seekToStoredOffsets(partitions);
            } catch (DataAccessException e) {
                // Left without an expected offset, these partitions' records are not applied; step() retries.
                resync = true;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to commit: positions are already in the database with the counts.
            partitions.forEach(expected::remove);
        }
    }
}

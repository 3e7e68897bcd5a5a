package dev.skillpulse.store;

import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.JsonSerde;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.FactTally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the committed count changes of the topology to the counts in PostgreSQL. Offsets live in the database next
 * to the counts and are written in the same transaction, so after any crash the projector resumes exactly where the
 * data ends.
 */
public final class CountProjector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CountProjector.class);
    public static final String GROUP_ID = "skillpulse-projector";

    private static final Deserializer<CountChange> CHANGE = JsonSerde.of(CountChange.class).deserializer();

    private final KafkaConsumer<String, byte[]> consumer;
    private final CountWriter writer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong applied = new AtomicLong();
    private volatile boolean healthy = true;
    private final String bootstrapServers;
    private final LongConsumer freshness;

    public CountProjector(String bootstrapServers, CountWriter writer) {
        this(bootstrapServers, writer, null);
    }

    /** {@code freshness}, when not null, gets each applied record's age (ms since its timestamp) after the commit. */
    public CountProjector(String bootstrapServers, CountWriter writer, LongConsumer freshness) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
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
        this.writer = writer;
        this.bootstrapServers = bootstrapServers;
        this.freshness = freshness;
    }

    private void claimSource() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            String clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
            if (writer.claimSource(clusterId)) {
                LOG.warn("Counts in the database came from another Kafka cluster: rebuilding them from {}", clusterId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for its cluster id", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void run() {
        try {
            claimSource();
            consumer.subscribe(List.of(Topics.COUNT_CHANGES), new SeekToStoredOffsets());
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    apply(records);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            healthy = false;
            LOG.error("Projector stopped", e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecords<String, byte[]> records) {
        // One tally per poll: postings share most facts, so the transaction touches each fact once.
        FactTally tally = new FactTally();
        List<CountWriter.Position> positions = new ArrayList<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(tp);
            for (ConsumerRecord<String, byte[]> r : part) {
                if (r.key() != null && r.value() != null) {
                    tally.add(r.key(), CHANGE.deserialize(tp.topic(), r.value()));
                }
            }
            positions.add(new CountWriter.Position(tp.topic(), tp.partition(), part.get(part.size() - 1).offset() + 1));
        }
        writer.add(tally.deltas(), positions);
        applied.addAndGet(records.count());
        if (freshness != null) {
            long now = System.currentTimeMillis();
            records.forEach(r -> freshness.accept(now - r.timestamp()));
        }
    }

    public long appliedRecords() {
        return applied.get();
    }

    public boolean isHealthy() {
        return healthy && running.get();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }

    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition tp : partitions) {
                long next = writer.nextOffset(tp.topic(), tp.partition());
                if (next >= 0) {
                    consumer.seek(tp, next);
                } else {
                    consumer.seekToBeginning(List.of(tp));
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to commit: positions are already in the database with the counts.
        }
    }
}

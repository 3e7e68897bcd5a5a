package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.streams.StoreNames;
import dev.skillpulse.streams.StreamsSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Knows when everything produced to the postings topic so far is visible in PostgreSQL: no committed record is
 * left unread after the topology's committed positions (postings, then its repartition topic), nor after the
 * projector's positions stored in the database. Transaction markers make "offset equals end offset" unreliable,
 * so each check reads what lies between a position and the end.
 */
final class Readiness {
    private Readiness() {
    }

    static void awaitVisible(String bootstrap, CountWriter projectorPositions, Duration timeout) throws Exception {
        awaitVisible(bootstrap, projectorPositions, timeout, Topics.GENERATION);
    }

    /** The same for the topology and count changes of a given generation. */
    static void awaitVisible(String bootstrap, CountWriter projectorPositions, Duration timeout, String generation)
            throws Exception {
        String applicationId = StreamsSettings.applicationId(generation);
        long deadline = System.nanoTime() + timeout.toNanos();
        // One admin client and one consumer for the whole wait: a new consumer per check cost the benchmark's
        // main thread more CPU than the topology's own thread on the 2-core machine.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap)) {
            // The repartition topic Kafka Streams names after the application id and the step's name.
            String repartition = applicationId + "-" + StoreNames.CHANGES_BY_JOB + "-repartition";
            for (String topic : List.of(Topics.POSTINGS, repartition)) {
                while (hasUnread(consumer, topologyPositions(admin, applicationId, topic))) {
                    checkDeadline(deadline);
                    Thread.sleep(200);
                }
            }
            while (hasUnread(consumer, positions(admin, Topics.countChanges(generation),
                    tp -> projectorPositions.nextOffset(tp.topic(), tp.partition())))) {
                checkDeadline(deadline);
                Thread.sleep(200);
            }
        }
    }

    /**
     * Waits until the consumer group {@code groupId} has committed positions past every committed record of
     * {@code topic} (a posting-detail projector of a rebuild, which commits its offsets to Kafka).
     */
    static void awaitConsumed(String bootstrap, String groupId, String topic, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap)) {
            while (hasUnread(consumer, topologyPositions(admin, groupId, topic))) {
                checkDeadline(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static Map<TopicPartition, Long> topologyPositions(Admin admin, String applicationId, String topic)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        return positions(admin, topic, tp -> committed.get(tp) == null ? -1 : committed.get(tp).offset());
    }

    /** Every partition of {@code topic} with its position (-1: from the beginning); empty if it does not exist yet. */
    private static Map<TopicPartition, Long> positions(Admin admin, String topic,
            java.util.function.ToLongFunction<TopicPartition> position) throws Exception {
        Map<TopicPartition, Long> result = new HashMap<>();
        if (!admin.listTopics().names().get().contains(topic)) {
            return result;
        }
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().forEach(p -> {
            TopicPartition tp = new TopicPartition(topic, p.partition());
            result.put(tp, position.applyAsLong(tp));
        });
        return result;
    }

    /** A read_committed consumer without a group, fetching little: it only looks for one record. */
    private static KafkaConsumer<byte[], byte[]> readCommitted(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** True when some committed record lies at or after a partition's position. */
    private static boolean hasUnread(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from) {
        if (from.isEmpty()) {
            return false;
        }
        consumer.assign(from.keySet());
        from.forEach((tp, offset) -> {
            if (offset < 0) {
                consumer.seekToBeginning(List.of(tp));
            } else {
                consumer.seek(tp, offset);
            }
        });
        Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                return true;
            }
            checkDeadline(deadline);
        }
        return false;
    }

    private static void checkDeadline(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("loaded data did not become visible in time");
        }
    }
}

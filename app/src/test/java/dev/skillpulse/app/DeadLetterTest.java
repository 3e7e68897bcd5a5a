package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.ingest.generate.Truth;
import dev.skillpulse.streams.BadPostingException;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-letter path on real parts: bad records produced to the postings topic between valid ones end up in the
 * dead-letter topic with their reason in {@code __streams.errors.*} headers, while the topology keeps running and
 * keeps counting the valid postings that follow. One partition, so "after the bad ones" is the order it reads them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadLetterTest {
    private static final LocalDate WEEK_BEFORE = LocalDate.of(2024, 3, 4);
    private static final LocalDate WEEK_AFTER = LocalDate.of(2024, 3, 11);
    private static final LocalDate WEEK_AFTER_OVERSIZED = LocalDate.of(2024, 3, 18);
    /** {@code PostingChangeProcessor.MAX_DESCRIPTION_CHARS} (package-private there). */
    private static final int MAX_DESCRIPTION_CHARS = 1 << 20;

    /** The bad records by key, in the order sent; each mentions Python in the first week, so counting one shows. */
    private static final Map<String, String> BAD = new LinkedHashMap<>();

    static {
        BAD.put("not-json", "this line is not JSON");
        BAD.put("no-id", "{\"title\":\"no id\",\"postedAt\":\"2024-03-04\",\"description\":\"Python\"}");
        BAD.put("no-date", "{\"id\":\"no-date\",\"title\":\"no date\",\"description\":\"Python\"}");
        BAD.put("bad-date", "{\"id\":\"bad-date\",\"postedAt\":\"04/03/2024\",\"description\":\"Python\"}");
    }

    @TempDir
    static Path dir;

    private static TestPipeline pipeline;
    private static TopologyRunner topology;
    private static final Map<String, Long> sentOffsets = new LinkedHashMap<>();
    private static Exception keylessRefusal;
    private static Map<String, ConsumerRecord<byte[], byte[]>> deadLetters;

    @BeforeAll
    static void sendBadRecordsBetweenValidOnes() throws Exception {
        pipeline = TestPipeline.start(1, Map.of());
        topology = pipeline.startTopology(dir.resolve("streams"));

        try (KafkaProducer<String, String> producer = producer(false)) {
            send(producer, "before-1", posting("before-1", WEEK_BEFORE, "Python and SQL"));
            send(producer, "not-json", BAD.get("not-json"));
            send(producer, "before-2", posting("before-2", WEEK_BEFORE, "Python and Docker"));
            send(producer, "no-id", BAD.get("no-id"));
            send(producer, "no-date", BAD.get("no-date"));
            send(producer, "bad-date", BAD.get("bad-date"));
            try {
                producer.send(new ProducerRecord<>(Topics.POSTINGS, null,
                        posting("keyless", WEEK_BEFORE, "Python without a key"))).get();
            } catch (ExecutionException e) {
                keylessRefusal = (Exception) e.getCause();
            }
            send(producer, "after-1", posting("after-1", WEEK_AFTER, "Kubernetes and SQL"));
            send(producer, "after-2", posting("after-2", WEEK_AFTER, "Kubernetes and Docker"));
        }
        // One partition read in order: once the last postings are counted, every record before them was handled.
        awaitPostingsCounted(WEEK_AFTER, 2);
        deadLetters = readDeadLetters();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldSendRecordThatIsNotJsonToDeadLetterTopicWithReason() {
        assertThat(reason("not-json")).startsWith("not JSON");
    }

    @Test
    void shouldSendRecordWithoutIdToDeadLetterTopicWithReason() {
        assertThat(reason("no-id")).isEqualTo("missing field 'id'");
    }

    @Test
    void shouldSendRecordWithoutDateToDeadLetterTopicWithReason() {
        assertThat(reason("no-date")).isEqualTo("missing field 'postedAt'");
    }

    @Test
    void shouldSendRecordWithUnparseableDateToDeadLetterTopicWithReason() {
        assertThat(reason("bad-date")).isEqualTo("unparseable date in 'postedAt': 04/03/2024");
    }

    @Test
    void shouldKeepKeyAndValueOfBadRecordUnchangedInDeadLetterTopic() {
        BAD.forEach((key, value) -> {
            ConsumerRecord<byte[], byte[]> dead = deadLetter(key);
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(key);
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(value);
        });
    }

    @Test
    void shouldTellExceptionAndSourcePositionOfEachDeadLetter() {
        BAD.keySet().forEach(key -> {
            ConsumerRecord<byte[], byte[]> dead = deadLetter(key);
            assertThat(header(dead, "__streams.errors.exception")).isEqualTo(BadPostingException.class.getName());
            assertThat(header(dead, "__streams.errors.topic")).isEqualTo(Topics.POSTINGS);
            assertThat(header(dead, "__streams.errors.partition")).isEqualTo("0");
            assertThat(header(dead, "__streams.errors.offset")).isEqualTo(Long.toString(sentOffsets.get(key)));
        });
    }

    @Test
    void shouldSendOnlyTheBadRecordsToDeadLetterTopic() {
        assertThat(deadLetters.keySet()).containsExactlyElementsOf(BAD.keySet());
    }

    @Test
    void shouldKeepCountingValidPostingsSentAfterTheBadOnes() throws Exception {
        Truth.Week expected = new Truth.Week(2, Map.of("kubernetes", 2, "sql", 1, "docker", 1));

        assertThat(countedWeek(WEEK_AFTER, expected)).isEqualTo(expected);
    }

    @Test
    void shouldCountNothingOfTheBadRecords() throws Exception {
        Truth.Week expected = new Truth.Week(2, Map.of("python", 2, "sql", 1, "docker", 1));

        assertThat(countedWeek(WEEK_BEFORE, expected)).isEqualTo(expected);
    }

    @Test
    void shouldStayRunningWithoutLosingAStreamThread() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (topology.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(topology.state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(failedStreamThreads()).isZero();
    }

    /**
     * The null-key branch of the topology cannot be reached through this topic: the broker refuses a record
     * without a key on a compacted topic, so the producer learns of it and nothing reaches the stream.
     */
    @Test
    void shouldRefuseRecordWithoutKeyBecauseThePostingsTopicIsCompacted() {
        assertThat(keylessRefusal).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("Compacted topic cannot accept message without key");
        assertThat(deadLetters).doesNotContainKey(null);
    }

    /**
     * A description over 1 MB gets onto the postings topic only compressed (the broker limits the stored batch to
     * 1 MiB). Its dead letter is then over the default max.request.size of 1 MiB, which StreamsSettings raises:
     * without that, Kafka Streams 4.3.1 fails the send, recurses in RecordCollectorImpl.recordSendError until
     * StackOverflowError, and the stream thread dies. It runs last, on the shared pipeline, so that when it fails
     * it stops the stream after the other tests, not before them.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void shouldSendPostingWithDescriptionOverOneMegabyteToDeadLetterTopicWithReason() throws Exception {
        try (KafkaProducer<String, String> producer = producer(true)) {
            send(producer, "oversized", posting("oversized", WEEK_BEFORE, words(MAX_DESCRIPTION_CHARS + 1)));
            send(producer, "after-oversized", posting("after-oversized", WEEK_AFTER_OVERSIZED, "Kubernetes"));
        }
        awaitPostingsCounted(WEEK_AFTER_OVERSIZED, 1);

        assertThat(header(readDeadLetters().get("oversized"), "__streams.errors.message"))
                .isEqualTo("field 'description' is over 1 MB");
        Truth.Week expected = new Truth.Week(1, Map.of("kubernetes", 1));
        assertThat(countedWeek(WEEK_AFTER_OVERSIZED, expected)).isEqualTo(expected);
        assertThat(failedStreamThreads()).isZero();
    }

    private static String posting(String id, LocalDate date, String description) {
        return "{\"id\":\"" + id + "\",\"title\":\"Engineer\",\"company\":\"Acme\",\"postedAt\":\"" + date
                + "\",\"description\":\"" + description + "\"}";
    }

    /** At least {@code chars} characters of word salad, which lz4 shrinks well under the topic's 1 MiB. */
    private static String words(int chars) {
        String[] words = {"we", "build", "data", "systems", "with", "the", "team", "and", "scale", "them", "daily"};
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    /** Like the loader's producer; {@code large}: accepts records up to 4 MiB before compression. */
    private static KafkaProducer<String, String> producer(boolean large) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        if (large) {
            props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        }
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String key, String value) throws Exception {
        sentOffsets.put(key, producer.send(new ProducerRecord<>(Topics.POSTINGS, key, value)).get().offset());
    }

    /** Polls PostgreSQL until the week counts {@code postings} postings; fails after a deadline. */
    private static void awaitPostingsCounted(LocalDate week, int postings) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (true) {
            Truth.Week counted = GeneratedCorpus.weeklyIn(pipeline.db().dsl()).get(week);
            if (counted != null && counted.postings() >= postings) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("postings of week " + week + " not counted in time: " + counted
                        + ", topology " + topology.state());
            }
            Thread.sleep(100);
        }
    }

    /** The week's counts in PostgreSQL once they equal {@code expected}, or as they are after a deadline. */
    private static Truth.Week countedWeek(LocalDate week, Truth.Week expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Truth.Week counted = GeneratedCorpus.weeklyIn(pipeline.db().dsl()).get(week);
        while (!expected.equals(counted) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            counted = GeneratedCorpus.weeklyIn(pipeline.db().dsl()).get(week);
        }
        return counted;
    }

    /** Everything committed to the dead-letter topic so far, by key (null for a record without one). */
    private static Map<String, ConsumerRecord<byte[], byte[]>> readDeadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrap());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.POSTINGS_DLQ, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("dead-letter topic not read to its end in time");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(r -> byKey.put(
                        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r));
            }
        }
        return byKey;
    }

    private static ConsumerRecord<byte[], byte[]> deadLetter(String key) {
        assertThat(deadLetters).as("dead letters by key").containsKey(key);
        return deadLetters.get(key);
    }

    private static String reason(String key) {
        return header(deadLetter(key), "__streams.errors.message");
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        assertThat(record).as("dead letter").isNotNull();
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Stream threads that died (and were replaced) since the start: Kafka Streams' own client metric. */
    private static double failedStreamThreads() {
        return topology.streams().metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("failed-stream-threads"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum();
    }
}

package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Count changes the projector cannot use land between good ones in the middle of a load: each goes to
 * count-changes-dlq with its reason, health says DEGRADED with how many, and every other change is counted.
 */
class PoisonCountChangeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Unusable count changes by reason: not JSON, JSON of no change at all, and no posting id. */
    private static final List<ProducerRecord<String, String>> POISON = List.of(
            new ProducerRecord<>(Topics.COUNT_CHANGES, 0, "p-not-json", "this is not a count change"),
            new ProducerRecord<>(Topics.COUNT_CHANGES, 1, "p-empty", "{}"),
            new ProducerRecord<>(Topics.COUNT_CHANGES, 2, null, "{\"before\":null,\"after\":null}"));

    @TempDir
    Path dir;

    @Test
    void shouldDeadLetterUnusableCountChangesAndCountAllTheOthers() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(1500, 41);
        int half = corpus.postings().size() / 2;
        try (TestPipeline pipeline = TestPipeline.start(3, Map.of());
             TopologyRunner topology = new TopologyRunner(StreamsSettings.of(pipeline.bootstrap(), dir))) {
            topology.start();
            corpus.produce(pipeline.bootstrap(), 0, half);
            try (KafkaProducer<String, String> producer = producer(pipeline.bootstrap())) {
                POISON.forEach(producer::send);
            }
            corpus.produce(pipeline.bootstrap(), half, corpus.postings().size());

            ProjectorRig.assertCountsEqualTruth(pipeline.bootstrap(), pipeline.db(), corpus, Topics.GENERATION);
            List<ConsumerRecord<byte[], byte[]>> letters = deadLetters(pipeline.bootstrap(), POISON.size());
            assertThat(letters).extracting(r -> header(r, CountProjector.REASON_HEADER)).containsExactlyInAnyOrder(
                    "not a count change: Unrecognized token 'this': was expecting (JSON String, Number, Array, "
                            + "Object or token 'null', 'true' or 'false')",
                    "count change has neither 'before' nor 'after'",
                    "record has no key (the posting id)");
            assertThat(letters).allSatisfy(r -> assertThat(header(r, CountProjector.SOURCE_HEADER))
                    .startsWith(Topics.COUNT_CHANGES + "-"));

            JsonNode health = get(pipeline.port(), "/api/health");
            assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.path("components").path("projector").asText()).isEqualTo("DEGRADED");
            assertThat(health.path("components").path("database").asText()).isEqualTo("UP");
            assertThat(health.path("components").path("kafka").asText()).isEqualTo("UP");
            assertThat(health.path("details").path("projector").path("deadLetters").asLong()).isEqualTo(3);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(String bootstrap, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader");
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.COUNT_CHANGES_DLQ));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (all.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            // Anything more would be a duplicate letter or a good change dead-lettered.
            consumer.poll(Duration.ofMillis(500)).forEach(all::add);
        }
        return all;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}

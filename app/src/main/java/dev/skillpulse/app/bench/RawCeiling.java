package dev.skillpulse.app.bench;

import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReaderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The raw ceiling: the same file loaded the same way (reader + producer) into a fresh topic, and read back whole by a
 * read_committed consumer running alongside, with no processing in between.
 */
public final class RawCeiling {
    public record Result(long records, double seconds) {
        public double perSecond() {
            return records / seconds;
        }
    }

    private RawCeiling() {
    }

    public static Result measure(String bootstrap, String topic, int partitions, Path file) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        AtomicLong expected = new AtomicLong(Long.MAX_VALUE);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(topic, p));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            all.forEach(consumer::position); // connect and find the start before the clock starts
            long start = System.nanoTime();
            CompletableFuture<Long> consumed = CompletableFuture.supplyAsync(() -> {
                long count = 0;
                while (count < expected.get()) {
                    count += consumer.poll(Duration.ofMillis(100)).count();
                    if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                        throw new IllegalStateException("raw ceiling: only " + count + " records came back");
                    }
                }
                return System.nanoTime();
            });
            try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, topic)) {
                expected.set(new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(file)).sent());
            } catch (Exception | Error e) {
                expected.set(0); // let the reader stop before the consumer is closed
                consumed.handle((end, failure) -> end).join();
                throw e;
            }
            long end = consumed.get(10, TimeUnit.MINUTES);
            return new Result(expected.get(), (end - start) / 1e9);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}

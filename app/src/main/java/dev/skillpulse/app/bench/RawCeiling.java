package dev.skillpulse.app.bench;

import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReaderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Records through, seconds from the start of the load until the last came back, and where the CPU went. */
    public record Result(long records, double seconds, String cpu) {
        public double perSecond() {
            return records / seconds;
        }
    }

    private RawCeiling() {
    }

    public static Result measure(String bootstrap, String topic, int partitions, Path file) throws Exception {
        createTopics(bootstrap, partitions, topic);
        return readBack(bootstrap, topic, topic, partitions, file);
    }

    /**
     * Loads {@code file} into topic {@code in} and times it until as many records as were loaded have come back,
     * committed, from topic {@code out} (the same topic, or what something in between writes); what {@code out}
     * held before is not counted.
     */
    public static Result readBack(String bootstrap, String in, String out, int partitions, Path file)
            throws Exception {
        AtomicLong expected = new AtomicLong(Long.MAX_VALUE);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(out, p));
            }
            consumer.assign(all);
            consumer.seekToEnd(all);
            all.forEach(consumer::position); // connect and find where to start before the clock starts
            CpuUse.Snapshot cpuBefore = CpuUse.take();
            long start = System.nanoTime();
            CompletableFuture<Long> consumed = CompletableFuture.supplyAsync(() -> {
                long count = 0;
                while (count < expected.get()) {
                    count += consumer.poll(Duration.ofMillis(100)).count();
                    if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                        throw new IllegalStateException(out + ": only " + count + " records came back");
                    }
                }
                return System.nanoTime();
            });
            try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, in)) {
                expected.set(new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(file)).sent());
            } catch (Exception | Error e) {
                expected.set(0); // let the reader stop before the consumer is closed
                consumed.handle((end, failure) -> end).join();
                throw e;
            }
            long end = consumed.get(10, TimeUnit.MINUTES);
            return new Result(expected.get(), (end - start) / 1e9, CpuUse.between(cpuBefore, CpuUse.take()));
        }
    }

    static void createTopics(String bootstrap, int partitions, String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(Arrays.stream(topics).map(t -> new NewTopic(t, partitions, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
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

package dev.skillpulse.ingest;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces postings to a topic keyed by posting id, idempotently; a deletion is sent as a tombstone. */
public final class KafkaPostingSink implements PostingSink {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final PostingJson json = new PostingJson();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public KafkaPostingSink(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    @Override
    public void send(Posting posting) {
        String value = posting.deleted() ? null : json.write(posting);
        producer.send(new ProducerRecord<>(topic, posting.id(), value), (meta, e) -> {
            if (e == null) {
                acked.incrementAndGet();
            } else {
                failure.compareAndSet(null, e);
            }
        });
    }

    @Override
    public long flush() {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Kafka refused a posting: " + e.getMessage(), e);
        }
        return acked.get();
    }

    /** The producer, for its metrics (it is thread-safe). */
    public Producer<String, String> producer() {
        return producer;
    }

    @Override
    public void close() {
        producer.close();
    }
}

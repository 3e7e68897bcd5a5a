package dev.skillpulse.store;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects the compacted postings topic into posting_detail (title, company, place, date, url), for the postings
 * behind a number. At-least-once is enough here, unlike the counts: offsets are committed to Kafka after the rows
 * are written, and a redelivered batch upserts the same latest versions again, so a crash between the two repeats
 * work but changes nothing. Records the topology would dead-letter (unparseable JSON) are skipped.
 */
public final class PostingDetailProjector implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostingDetailProjector.class);
    public static final String GROUP_ID = "skillpulse-posting-detail";

    private final KafkaConsumer<String, String> consumer;
    private final PostingDetailWriter writer;
    private final PostingJson json = new PostingJson();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile boolean healthy = true;

    public PostingDetailProjector(String bootstrapServers, PostingDetailWriter writer) {
        this(bootstrapServers, GROUP_ID, writer);
    }

    /** With a consumer group of its own, for another database (its offsets are the group's, in Kafka). */
    public PostingDetailProjector(String bootstrapServers, String groupId, PostingDetailWriter writer) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.writer = writer;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.POSTINGS));
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    writer.write(latest(records));
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            healthy = false;
            LOG.error("Posting detail projector stopped", e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    /** The last version of each id in the batch (a posting id's versions share a partition, in order). */
    private Map<String, Posting> latest(ConsumerRecords<String, String> records) {
        Map<String, Posting> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (r.key() == null) {
                continue;
            }
            if (r.value() == null) {
                latest.put(r.key(), null);
                continue;
            }
            try {
                Posting p = json.parse(r.value());
                latest.put(r.key(), p.deleted() ? null : p);
            } catch (InvalidPostingException e) {
                LOG.debug("Skipping posting {} at {}-{}@{}: {}", r.key(), r.topic(), r.partition(), r.offset(),
                        e.getMessage());
            }
        }
        return latest;
    }

    /** The consumer, for its metrics only: it is not thread-safe, but reading its metrics is. */
    public Consumer<String, String> consumer() {
        return consumer;
    }

    public boolean isHealthy() {
        return healthy && running.get();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.contract.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/** The Streams configuration SkillPulse runs with: exactly once, bad records to the dead-letter topic. */
public final class StreamsSettings {
    /**
     * Versioned with the format of the topology's state: a new version starts from fresh state and reprocesses the
     * postings topic (v2: members store their breakdown values, not their facts; counts leave as changes).
     */
    public static final String APPLICATION_ID = "skillpulse-topology-v2";

    private StreamsSettings() {
    }

    /** The settings with a taxonomy file for the topology to use instead of the bundled one (null: bundled). */
    public static Properties of(String bootstrapServers, Path stateDir, Path taxonomyFile) {
        Properties props = of(bootstrapServers, stateDir);
        if (taxonomyFile != null) {
            props.put(SkillPulseTopology.TAXONOMY_FILE, taxonomyFile.toString());
        }
        return props;
    }

    public static Properties of(String bootstrapServers, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.POSTINGS_DLQ);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 16L * 1024 * 1024);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDb.class);
        // Under exactly once the repartition topics are read read_committed, and the broker does not answer such a
        // fetch early when a transaction commits: the default 500 ms wait paced every hop (measured: 2x faster).
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 10);
        // A dead letter carries the whole bad record plus a stack trace: a posting just over the 1 MB description
        // limit makes one over the producer's default 1 MiB request, and Kafka Streams 4.3.1 cannot dead-letter a
        // failed dead letter (it recursed until StackOverflowError and lost the stream thread). Room and lz4 here,
        // and room on the dead-letter topic (Topics), keep such a record on the dead-letter path.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_DEAD_LETTER_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return props;
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.contract.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** The Streams configuration SkillPulse runs with: exactly once, bad records to the dead-letter topic. */
public final class StreamsSettings {
    /**
     * Versioned with the format of the topology's state and output ({@link Topics#GENERATION}): a new generation
     * starts from fresh state, reprocesses the postings topic and writes its own count-change topic (v2: members
     * store their breakdown values, not their facts; counts leave as changes; v3: count changes per generation;
     * v4: members carry candidate terms beyond the taxonomy and the aliases they wrote).
     */
    public static final String APPLICATION_ID = applicationId(Topics.GENERATION);
    /** Property: the generation whose count-change topic the topology writes (default {@link Topics#GENERATION}). */
    public static final String GENERATION = "skillpulse.generation";

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

    /** The application id of a topology generation. */
    public static String applicationId(String generation) {
        return "skillpulse-topology-" + generation;
    }

    /** The settings of another generation than this build's (a rebuild after a taxonomy change, tests). */
    public static Properties of(String bootstrapServers, Path stateDir, Path taxonomyFile, String generation) {
        Properties props = of(bootstrapServers, stateDir, taxonomyFile);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(generation));
        props.put(GENERATION, generation);
        return props;
    }

    public static Properties of(String bootstrapServers, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(GENERATION, Topics.GENERATION);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.POSTINGS_DLQ);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                CountingProcessingExceptionHandler.class.getName());
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

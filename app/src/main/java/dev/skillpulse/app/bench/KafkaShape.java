package dev.skillpulse.app.bench;

import dev.skillpulse.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Kafka's own share of the pipeline's work, measured like the raw ceiling (same file, same loader, same broker)
 * with a Kafka Streams application in between that runs with the topology's settings (exactly once, commit every
 * 100 ms, the bounded RocksDB) but does no processing of its own. The rungs between the raw ceiling and the whole
 * pipeline say which part of the gap is Kafka's exactly-once work and which is SkillPulse's processing.
 */
public final class KafkaShape {
    /** What the application in between does. */
    public enum Rung {
        /** Reads the input and writes every record unchanged: one transactional hop. */
        PASS_THROUGH("pass-through"),
        /**
         * The topology's shape: a store keyed by the input key (read and written per record, changelogged), a
         * re-key through a repartition topic, a second store keyed by the new key, the output. Values are a
         * fixed-size slice of the record, about the size of a posting's state, instead of parsed postings.
         */
        TOPOLOGY_SHAPE("topology-shape");

        private final String id;

        Rung(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** About the size of a posting's state as the topology stores it (fingerprint, breakdown values, terms). */
    static final int VALUE_CHARS = 300;

    private KafkaShape() {
    }

    /**
     * Runs the rung's application on fresh topics, loads {@code warmup} through it untimed (if not null: the
     * application's code paths are then compiled, as the pipeline's are when it is timed), then {@code file}, and
     * times that.
     */
    public static RawCeiling.Result measure(Rung rung, String bootstrap, Path stateDir, int partitions, Path warmup,
            Path file) throws Exception {
        String in = "bench-" + rung.id() + "-in";
        String out = "bench-" + rung.id() + "-out";
        RawCeiling.createTopics(bootstrap, partitions, in, out);
        Properties config = StreamsSettings.of(bootstrap, stateDir);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "skillpulse-bench-" + rung.id());
        Topology topology = rung == Rung.PASS_THROUGH ? passThrough(in, out) : topologyShape(in, out);
        try (KafkaStreams streams = new KafkaStreams(topology, config)) {
            streams.start();
            awaitRunning(streams);
            if (warmup != null) {
                RawCeiling.readBack(bootstrap, in, out, partitions, warmup);
            }
            return RawCeiling.readBack(bootstrap, in, out, partitions, file);
        }
    }

    static Topology passThrough(String in, String out) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in, Consumed.with(Serdes.String(), Serdes.String()))
                .to(out, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    static Topology topologyShape(String in, String out) {
        StreamsBuilder builder = new StreamsBuilder();
        for (String store : new String[] {"shape-by-id", "shape-by-job"}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                    Serdes.String(), Serdes.String()));
        }
        builder.stream(in, Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new Remember("shape-by-id", true), Named.as("shape-by-id"), "shape-by-id")
                .repartition(Repartitioned.<String, String>as("shape-by-job")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String()))
                .process(() -> new Remember("shape-by-job", false), Named.as("shape-by-job"), "shape-by-job")
                .to(out, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    /** Reads and writes the record's key in a store, as each step of the topology does, and forwards a slice. */
    private static final class Remember implements Processor<String, String, String, String> {
        private final String storeName;
        private final boolean rekey;
        private KeyValueStore<String, String> store;
        private ProcessorContext<String, String> context;

        Remember(String storeName, boolean rekey) {
            this.storeName = storeName;
            this.rekey = rekey;
        }

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            this.store = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, String> record) {
            String text = record.value() == null ? "" : record.value(); // a deletion's tombstone
            String value = text.substring(0, Math.min(VALUE_CHARS, text.length()));
            store.get(record.key());
            store.put(record.key(), value);
            // The topology re-keys by the job's fingerprint, a hash of the text: a key unrelated to the id.
            String key = rekey ? Integer.toHexString(text.hashCode()) : record.key();
            context.forward(record.withKey(key).withValue(value));
        }
    }

    /** Waits until {@code streams} has its tasks and runs them (two minutes at most). */
    public static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Streams application did not start: " + streams.state());
            }
            Thread.sleep(100);
        }
    }
}

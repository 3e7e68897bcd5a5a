package dev.skillpulse.streams;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** The SkillPulse topology: postings in, exact per-week counts of postings and term mentions out. */
public final class SkillPulseTopology {
    /** Optional property: a taxonomy file to use instead of the bundled one. */
    public static final String TAXONOMY_FILE = "skillpulse.taxonomy.file";

    private SkillPulseTopology() {
    }

    public static Topology buildTopology(Properties config) {
        String taxonomyFile = config.getProperty(TAXONOMY_FILE);
        Taxonomy taxonomy = Taxonomy.loadOrBundled(taxonomyFile == null ? null : Path.of(taxonomyFile));
        PostingFacts postingFacts = new PostingFacts(new MentionExtractor(taxonomy));

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        // Materialized: the facts each posting id contributed last, so a new version or a tombstone can be
        // turned into +1/-1 deltas. Keyed by posting id, like the input, so no repartition is needed here.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Topics.POSTING_FACTS_STORE), Serdes.String(), Serdes.String()));

        builder.stream(Topics.POSTINGS, Consumed.with(Serdes.String(), Serdes.String()).withName("read-postings"))
                .process(() -> new FactDiffProcessor(postingFacts), Named.as("diff-posting-facts"),
                        Topics.POSTING_FACTS_STORE)
                // Re-key: deltas now carry the fact as key; grouping repartitions them so that one task owns
                // each counter, whichever posting partition the delta came from.
                .groupByKey(Grouped.with(Topics.FACTS_BY_FACT, Serdes.String(), Serdes.Long()))
                // Materialized: the running count per fact; its changelog makes it survive a crash exactly once.
                .reduce(Long::sum, Named.as("sum-deltas"),
                        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(Topics.FACT_COUNTS_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Serdes.Long()))
                .toStream(Named.as("count-updates"))
                .to(Topics.FACT_COUNTS, Produced.with(Serdes.String(), Serdes.Long()).withName("write-fact-counts"));
        return builder.build(config);
    }
}

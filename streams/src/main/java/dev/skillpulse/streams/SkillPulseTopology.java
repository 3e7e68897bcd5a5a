package dev.skillpulse.streams;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The SkillPulse topology: postings in; exact, retracting counts per calendar bucket and breakdown out, with
 * reposts of the same job counted once; plus the terms of each counted posting for co-occurrence.
 */
public final class SkillPulseTopology {
    /** Optional property: a taxonomy file to use instead of the bundled one. */
    public static final String TAXONOMY_FILE = "skillpulse.taxonomy.file";

    private SkillPulseTopology() {
    }

    public static Topology buildTopology(Properties config) {
        String taxonomyFile = config.getProperty(TAXONOMY_FILE);
        Taxonomy taxonomy = Taxonomy.loadOrBundled(taxonomyFile == null ? null : Path.of(taxonomyFile));
        PostingFacts postingFacts = new PostingFacts(new MentionExtractor(taxonomy));
        Serde<MemberChange> changeSerde = JsonSerde.of(MemberChange.class);

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        // Materialized: per posting id, its job fingerprint and contribution, so that a resend is recognized,
        // and an edit or a deletion retracts exactly what the previous version added.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Topics.POSTING_STATE_STORE),
                Serdes.String(), JsonSerde.of(PostingState.class)));
        // Materialized: per job fingerprint, the ids publishing it, so reposts are counted once.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Topics.JOB_GROUPS_STORE),
                Serdes.String(), JsonSerde.of(JobMembers.class)));

        // Materialized: per fact, the sum of deltas since the last flush (in memory, logged for exactly once).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Topics.PENDING_DELTAS_STORE),
                Serdes.String(), Serdes.Long()));

        var outputs = builder
                .stream(Topics.POSTINGS, Consumed.with(Serdes.String(), Serdes.String()).withName("read-postings"))
                .process(() -> new PostingChangeProcessor(postingFacts), Named.as("posting-changes"),
                        Topics.POSTING_STATE_STORE)
                // Re-key by job fingerprint: copies of one job under different ids must meet in one task.
                .repartition(Repartitioned.<String, MemberChange>as(Topics.CHANGES_BY_JOB)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(changeSerde))
                .process(JobGroupProcessor::new, Named.as("job-groups"), Topics.JOB_GROUPS_STORE)
                .split(Named.as("group-output-"))
                .branch((key, out) -> out instanceof GroupOutput.Delta, Branched.as("deltas"))
                .defaultBranch(Branched.as("terms"));

        outputs.get("group-output-deltas")
                .mapValues(out -> ((GroupOutput.Delta) out).amount(), Named.as("delta-amounts"))
                .process(DeltaBuffer::new, Named.as("buffer-deltas"), Topics.PENDING_DELTAS_STORE)
                // Re-key by fact: the deltas of one fact come from any job partition and must meet in one counter.
                .groupByKey(Grouped.with(Topics.FACTS_BY_FACT, Serdes.String(), Serdes.Long()))
                // Materialized: the running count per fact; its changelog makes it survive a crash exactly once,
                // and its cache folds many deltas of a busy fact into one update per commit.
                .reduce(Long::sum, Named.as("sum-deltas"),
                        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(Topics.FACT_COUNTS_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Serdes.Long()))
                .toStream(Named.as("count-updates"))
                .to(Topics.FACT_COUNTS, Produced.with(Serdes.String(), Serdes.Long()).withName("write-fact-counts"));

        outputs.get("group-output-terms")
                .map((id, out) -> KeyValue.pair(id, ((GroupOutput.TermsUpdate) out).terms()), Named.as("posting-terms"))
                .to(Topics.POSTING_TERMS, Produced.with(Serdes.String(), JsonSerde.of(PostingTerms.class))
                        .withName("write-posting-terms"));
        return builder.build(config);
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.JsonSerde;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The SkillPulse topology: postings in; out, for every posting id whose place in the counts changed, what it
 * stops and starts contributing (its facts: calendar buckets, breakdowns, terms), with reposts of the same job
 * counted once and edits and deletions retracted.
 */
public final class SkillPulseTopology {
    /** Optional property: a taxonomy file to use instead of the bundled one. */
    public static final String TAXONOMY_FILE = "skillpulse.taxonomy.file";

    private SkillPulseTopology() {
    }

    public static Topology buildTopology(Properties config) {
        String taxonomyFile = config.getProperty(TAXONOMY_FILE);
        Taxonomy taxonomy = Taxonomy.loadOrBundled(taxonomyFile == null ? null : Path.of(taxonomyFile));
        PostingFacts postingFacts = new PostingFacts(new MentionExtractor(taxonomy), new CandidateExtractor(taxonomy));
        Serde<MemberChange> changeSerde = JsonSerde.of(MemberChange.class);

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        // Materialized: per posting id, its job fingerprint and contribution, so that a resend is recognized,
        // and an edit or a deletion retracts exactly what the previous version added.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.POSTING_STATE_STORE),
                Serdes.String(), JsonSerde.of(PostingState.class)));
        // Materialized: per job fingerprint, the ids publishing it, so reposts are counted once.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.JOB_GROUPS_STORE),
                Serdes.String(), JsonSerde.of(JobMembers.class)));

        builder.stream(Topics.POSTINGS, Consumed.with(Serdes.String(), Serdes.String()).withName("read-postings"))
                .process(() -> new PostingChangeProcessor(postingFacts::member, new SourceDigest(taxonomy.digest())),
                        Named.as("posting-changes"),
                        StoreNames.POSTING_STATE_STORE)
                // Re-key by job fingerprint: copies of one job under different ids must meet in one task.
                .repartition(Repartitioned.<String, MemberChange>as(StoreNames.CHANGES_BY_JOB)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(changeSerde))
                .process(JobGroupProcessor::new, Named.as("job-groups"), StoreNames.JOB_GROUPS_STORE)
                // Not re-keyed by fact and summed here: a posting touches dozens of facts, and that fan-out through
                // a keyed store cost more than everything else together (docs/bench.md). The projector sums each
                // poll's changes and adds them in one PostgreSQL transaction with its offsets, still exactly once.
                .to(Topics.countChanges(config.getProperty(StreamsSettings.GENERATION, Topics.GENERATION)), Produced.with(Serdes.String(), JsonSerde.of(CountChange.class))
                        .withName("write-count-changes"));
        return builder.build(config);
    }
}

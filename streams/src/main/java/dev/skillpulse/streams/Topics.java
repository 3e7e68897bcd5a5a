package dev.skillpulse.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Topic and store names, shared by the topology, the loader, the projector and the tests. */
public final class Topics {
    /** Postings keyed by posting id; a tombstone deletes. The replayable source of truth. */
    public static final String POSTINGS = "postings";
    /** Records the topology could not use, with the reason in {@code __streams.errors.*} headers. */
    public static final String POSTINGS_DLQ = "postings-dlq";
    /** Current count per {@link Fact}, keyed by the encoded fact; a value of 0 means retracted. */
    public static final String FACT_COUNTS = "fact-counts";

    /** Counted posting id → its month and terms (tombstone: no longer counted), for co-occurrence in SQL. */
    public static final String POSTING_TERMS = "posting-terms";

    /** Posting id → its job fingerprint and contribution, so an edit or delete can be retracted. */
    public static final String POSTING_STATE_STORE = "posting-state";
    /** Job fingerprint → the posting ids publishing that job. */
    public static final String JOB_GROUPS_STORE = "job-groups";
    /** Encoded fact → the sum of its deltas not yet sent on (see DeltaBuffer). */
    public static final String PENDING_DELTAS_STORE = "pending-deltas";
    /** Encoded fact → number of postings. */
    public static final String FACT_COUNTS_STORE = "fact-counts-store";
    /** Repartition step that moves membership changes from posting-id partitions to job-fingerprint partitions. */
    public static final String CHANGES_BY_JOB = "changes-by-job";
    /** Repartition step that moves deltas from job partitions to fact partitions. */
    public static final String FACTS_BY_FACT = "deltas-by-fact";

    /** The topics SkillPulse needs: postings and counts are compacted (latest value per key is the truth). */
    public static List<NewTopic> definitions(int partitions) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return List.of(
                new NewTopic(POSTINGS, partitions, (short) 1).configs(compacted),
                new NewTopic(FACT_COUNTS, partitions, (short) 1).configs(compacted),
                new NewTopic(POSTING_TERMS, partitions, (short) 1).configs(compacted),
                new NewTopic(POSTINGS_DLQ, 1, (short) 1));
    }

    private Topics() {
    }
}

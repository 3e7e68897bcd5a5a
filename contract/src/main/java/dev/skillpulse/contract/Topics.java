package dev.skillpulse.contract;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Topic names, shared by the topology, the loader, the projector and the tests. */
public final class Topics {
    /** Postings keyed by posting id; a tombstone deletes. The replayable source of truth. */
    public static final String POSTINGS = "postings";
    /** Records the topology could not use, with the reason in {@code __streams.errors.*} headers. */
    public static final String POSTINGS_DLQ = "postings-dlq";
    /** The largest dead letter: well over the largest record the postings topic takes, plus a stack trace. */
    public static final int MAX_DEAD_LETTER_BYTES = 16 * 1024 * 1024;
    /**
     * The topology generation this build runs: it names the topology's application id and its count-change topic.
     * A topology whose state or output changes meaning (a new taxonomy, a new count-change format) gets a new
     * generation, replays the compacted postings topic into a topic of its own, and the projector switches over
     * (docs/operations.md): two generations never add to one set of counts.
     */
    public static final String GENERATION = "v4";
    /**
     * Posting id → {@link CountChange}: how that id's contribution to the counts changed. Every record is a change,
     * not a state, so the topic is never compacted: replayed from the start it rebuilds every count. One topic per
     * generation ({@link #countChanges(String)}); this is the current generation's.
     */
    public static final String COUNT_CHANGES = countChanges(GENERATION);
    /** Count changes the projector could not use, with the reason in {@code skillpulse.error.*} headers. */
    public static final String COUNT_CHANGES_DLQ = "count-changes-dlq";

    /** The count-change topic of a topology generation. */
    public static String countChanges(String generation) {
        return "count-changes-" + generation;
    }

    /** The topics SkillPulse needs: postings compacted (latest version per id is the truth), changes kept forever. */
    public static List<NewTopic> definitions(int partitions) {
        return definitions(partitions, GENERATION);
    }

    /** The same, with the count-change topic of {@code generation}. */
    public static List<NewTopic> definitions(int partitions, String generation) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        Map<String, String> keptForever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        return List.of(
                new NewTopic(POSTINGS, partitions, (short) 1).configs(compacted),
                new NewTopic(countChanges(generation), partitions, (short) 1).configs(keptForever),
                new NewTopic(COUNT_CHANGES_DLQ, 1, (short) 1).configs(keptForever),
                new NewTopic(POSTINGS_DLQ, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                        String.valueOf(MAX_DEAD_LETTER_BYTES))));
    }

    private Topics() {
    }
}

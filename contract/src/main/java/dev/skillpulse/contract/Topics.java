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
     * Posting id → {@link CountChange}: how that id's contribution to the counts changed. Every record is a change,
     * not a state, so the topic is never compacted: replayed from the start it rebuilds every count.
     */
    public static final String COUNT_CHANGES = "count-changes";

    /** The topics SkillPulse needs: postings compacted (latest version per id is the truth), changes kept forever. */
    public static List<NewTopic> definitions(int partitions) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        Map<String, String> keptForever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        return List.of(
                new NewTopic(POSTINGS, partitions, (short) 1).configs(compacted),
                new NewTopic(COUNT_CHANGES, partitions, (short) 1).configs(keptForever),
                new NewTopic(POSTINGS_DLQ, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                        String.valueOf(MAX_DEAD_LETTER_BYTES))));
    }

    private Topics() {
    }
}

package dev.skillpulse.streams;


/** Names of the topology's stores and internal topics, shared by the topology, readiness checks and tests. */
public final class StoreNames {
    /** Posting id → its job fingerprint and contribution, so an edit or delete can be retracted. */
    public static final String POSTING_STATE_STORE = "posting-state";
    /** Job fingerprint → the posting ids publishing that job. */
    public static final String JOB_GROUPS_STORE = "job-groups";
    /** Repartition step that moves membership changes from posting-id partitions to job-fingerprint partitions. */
    public static final String CHANGES_BY_JOB = "changes-by-job";

    private StoreNames() {
    }
}

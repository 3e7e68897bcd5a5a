package dev.skillpulse.streams;

/** Topic and store names, shared by the topology, the loader, the projector and the tests. */
public final class Topics {
    /** Postings keyed by posting id; a tombstone deletes. The replayable source of truth. */
    public static final String POSTINGS = "postings";
    /** Records the topology could not use, with the reason in {@code __streams.errors.*} headers. */
    public static final String POSTINGS_DLQ = "postings-dlq";
    /** Current count per {@link Fact}, keyed by the encoded fact; a value of 0 means retracted. */
    public static final String FACT_COUNTS = "fact-counts";

    /** Posting id → the facts it contributed last time, so an edit or delete can retract them. */
    public static final String POSTING_FACTS_STORE = "posting-facts";
    /** Encoded fact → number of postings. */
    public static final String FACT_COUNTS_STORE = "fact-counts-store";
    /** Name of the repartition step that moves deltas from posting-id partitions to fact partitions. */
    public static final String FACTS_BY_FACT = "deltas-by-fact";

    private Topics() {
    }
}

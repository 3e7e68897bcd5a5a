package dev.skillpulse.ingest;

import java.util.List;

/**
 * The outcome of a load: how many records were read and sent, and the rejections with their reasons. Only the first
 * {@link Loader#KEEP_REJECTIONS} rejections are kept (a huge file of garbage must not fill memory);
 * {@code rejectedTotal} counts them all. {@code derivedIds} counts the accepted records that had no id of their own
 * and got a derived one (docs/data.md).
 */
public record LoadSummary(long read, long sent, List<ReadResult.Rejected> rejected, long rejectedTotal,
                          long derivedIds) {
    public LoadSummary {
        rejected = List.copyOf(rejected);
    }

    public LoadSummary(long read, long sent, List<ReadResult.Rejected> rejected, long rejectedTotal) {
        this(read, sent, rejected, rejectedTotal, 0);
    }

    public LoadSummary(long read, long sent, List<ReadResult.Rejected> rejected) {
        this(read, sent, rejected, rejected.size());
    }

    public boolean clean() {
        return rejectedTotal == 0;
    }
}

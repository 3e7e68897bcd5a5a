package dev.skillpulse.ingest;

import java.util.List;

/** The outcome of a load: how many records were read and sent, and every rejection with its reason. */
public record LoadSummary(long read, long sent, List<ReadResult.Rejected> rejected) {
    public LoadSummary {
        rejected = List.copyOf(rejected);
    }

    public boolean clean() {
        return rejected.isEmpty();
    }
}

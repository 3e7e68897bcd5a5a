package dev.skillpulse.streams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a batch of count changes does to the stored counts, as non-zero deltas: per fact; per counted posting (with
 * its terms, for co-occurrence), its number of copies.
 */
public record CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies) {
    /**
     * A counted posting: the first id of a run of copies of one job, in the month it was posted, with the terms it
     * mentions (sorted). One row per posting carries co-occurrence: a row per (posting, term) cost PostgreSQL some
     * 15 index-maintained rows per posting, half of its time in the benchmark (docs/bench.md). The terms are part of
     * the key, so when an edit changes them the old row is retracted and a new one added, in either order.
     */
    public record CountedPosting(String postingId, LocalDate month, List<String> terms) {
        public CountedPosting {
            terms = terms.stream().sorted().toList();
        }
    }

    public CountDeltas {
        facts = Map.copyOf(facts);
        copies = Map.copyOf(copies);
    }

    public static CountDeltas ofFacts(Map<Fact, Long> facts) {
        return new CountDeltas(facts, Map.of());
    }
}

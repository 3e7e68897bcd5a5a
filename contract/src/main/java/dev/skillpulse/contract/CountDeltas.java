package dev.skillpulse.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a batch of count changes does to the stored counts, as non-zero deltas: per fact; per counted posting (with
 * its terms and breakdown values), its number of copies.
 */
public record CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies) {
    /**
     * A counted posting: the first id of a run of copies of one job, in the month it was posted, with the terms it
     * mentions (sorted) and its breakdown values, from which co-occurrence and a term's share per breakdown value
     * are counted at query time: one row per posting instead of some 50 rows per posting (a row per term, and three
     * breakdown facts per term), which took most of PostgreSQL's time in the benchmark (docs/bench.md). All of it
     * is the key, so when an edit changes it the old row is retracted and a new one added, in either order.
     */
    public record CountedPosting(String postingId, LocalDate month, List<String> terms, Profile profile) {
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

package dev.skillpulse.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a batch of count changes does to the stored counts, as non-zero deltas: per fact; per counted posting (with
 * its terms and breakdown values), its number of copies; per pair of terms and month (co-occurrence); per term,
 * month, country, region and seniority (the read model's cube; term '' for all postings).
 */
public record CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies, Map<TermPair, Long> pairs,
        Map<CubeCell, Long> cube) {
    /**
     * A counted posting: the first id of a run of copies of one job, in the month it was posted, with the terms it
     * mentions (sorted) and its breakdown values. All of it is the key, so when an edit changes it the old row is
     * retracted and a new one added, in either order. Kept for the per-posting features (a posting's copies and
     * terms); no summary is counted from these rows at query time.
     */
    public record CountedPosting(String postingId, LocalDate month, List<String> terms, Profile profile) {
        public CountedPosting {
            terms = terms.stream().sorted().toList();
        }
    }

    /** Counted postings of {@code month} mentioning both terms; {@code termA < termB}, so each pair has one key. */
    public record TermPair(String termA, LocalDate month, String termB) {
        public TermPair {
            if (termA.compareTo(termB) >= 0) {
                throw new IllegalArgumentException("pair terms out of order: " + termA + ", " + termB);
            }
        }
    }

    /** Counted postings of {@code month} mentioning {@code termId} ('' for all) with these breakdown values. */
    public record CubeCell(String termId, LocalDate month, String country, String region, String seniority) {
    }

    public CountDeltas {
        facts = Map.copyOf(facts);
        copies = Map.copyOf(copies);
        pairs = Map.copyOf(pairs);
        cube = Map.copyOf(cube);
    }

    public CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies) {
        this(facts, copies, Map.of(), Map.of());
    }

    public static CountDeltas ofFacts(Map<Fact, Long> facts) {
        return new CountDeltas(facts, Map.of());
    }
}

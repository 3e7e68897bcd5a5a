package dev.skillpulse.streams;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a batch of count changes does to the stored counts, as non-zero deltas: per fact; per co-occurrence row
 * (1 while a posting is counted with that term); per counted posting, its number of copies.
 */
public record CountDeltas(Map<Fact, Long> facts, Map<PostingTerm, Long> postingTerms,
        Map<CountedPosting, Long> copies) {
    /** One row of the posting → term table used for co-occurrence. */
    public record PostingTerm(String postingId, LocalDate month, String termId) {
    }

    /** A counted posting: the first id of a run of copies of one job, in the month it was posted. */
    public record CountedPosting(String postingId, LocalDate month) {
    }

    public CountDeltas {
        facts = Map.copyOf(facts);
        postingTerms = Map.copyOf(postingTerms);
        copies = Map.copyOf(copies);
    }

    public static CountDeltas ofFacts(Map<Fact, Long> facts) {
        return new CountDeltas(facts, Map.of(), Map.of());
    }
}

package dev.skillpulse.contract;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a batch of count changes does to the stored counts, as non-zero deltas: per fact; per counted posting (with
 * its terms and breakdown values), its number of copies; and the read model's term vectors (see {@link TermCounts}),
 * per cell of the cube (month, country, region, seniority), per term and month (co-occurrence), per value of a
 * term breakdown (month, education or experience or industry value) and per slice of all postings (a month's
 * postings, those of one industry); and per counted posting, the candidate terms beyond the taxonomy it asks for.
 *
 * @param terms what the vectors' elements count: element {@code i} of every {@link TermCounts#perTerm()} counts
 *     postings mentioning {@code terms.get(i)}
 */
public record CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies, List<String> terms,
        Map<CubeCell, TermCounts> cube, Map<TermMonth, TermCounts> cooccurrence,
        Map<BreakdownCell, TermCounts> breakdowns, Map<SliceCell, TermCounts> slices,
        Map<CandidatePosting, Long> candidatePostings) {
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

    /**
     * A counted posting asking for a candidate term, with the taxonomy terms it mentions (sorted): where a
     * candidate's examples and companions are read, a few hundred rows of its own rather than every posting. All of
     * it is the key, like {@link CountedPosting}, so an edit's retraction and its new row meet in either order.
     */
    public record CandidatePosting(String candidate, LocalDate month, String postingId, List<String> terms) {
        public CandidatePosting {
            terms = terms.stream().sorted().toList();
        }
    }

    /** Counted postings of {@code month} with these breakdown values: the cube's filters. */
    public record CubeCell(LocalDate month, String country, String region, String seniority) {
    }

    /** Counted postings of {@code month} mentioning {@code termId}, and the other terms they mention. */
    public record TermMonth(String termId, LocalDate month) {
    }

    /**
     * Counted postings of {@code month} in a slice: {@code slice} "all" (value "") or "industry" (value: the
     * industry). Rollups of the cube, so that readings of all postings or of one industry read a row a month.
     */
    public record SliceCell(String slice, String value, LocalDate month) {
        public static final String ALL = "all";
        public static final String INDUSTRY = "industry";
    }

    /** Counted postings of {@code month} with {@code value} of a breakdown ({@link Dimensions}). */
    public record BreakdownCell(String dimension, LocalDate month, String value) {
    }

    /**
     * One summary row's delta: counted postings of the row ({@code postings}), and per term how many of them
     * mention it ({@code perTerm}, indexed like {@link CountDeltas#terms()}; shorter arrays mean zeros beyond).
     * One row per cell holding a vector, rather than a row per (term, cell): a poll's postings share a few hundred
     * cells but hardly ever a (term, cell), so this is what folds (docs/read-model.md).
     */
    public record TermCounts(long postings, long[] perTerm) {
        public boolean isZero() {
            return postings == 0 && Arrays.stream(perTerm).allMatch(n -> n == 0);
        }

        /** The delta for the term at {@code index} of {@link CountDeltas#terms()}. */
        public long of(int index) {
            return index < perTerm.length ? perTerm[index] : 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TermCounts t && postings == t.postings
                    && Arrays.equals(Arrays.copyOf(perTerm, Math.max(perTerm.length, t.perTerm.length)),
                            Arrays.copyOf(t.perTerm, Math.max(perTerm.length, t.perTerm.length)));
        }

        @Override
        public int hashCode() {
            int last = perTerm.length;
            while (last > 0 && perTerm[last - 1] == 0) {
                last--;
            }
            return Long.hashCode(postings) * 31 + Arrays.hashCode(Arrays.copyOf(perTerm, last));
        }

        @Override
        public String toString() {
            return postings + " " + Arrays.toString(perTerm);
        }
    }

    public CountDeltas {
        facts = Map.copyOf(facts);
        copies = Map.copyOf(copies);
        terms = List.copyOf(terms);
        cube = Map.copyOf(cube);
        cooccurrence = Map.copyOf(cooccurrence);
        breakdowns = Map.copyOf(breakdowns);
        slices = Map.copyOf(slices);
        candidatePostings = Map.copyOf(candidatePostings);
    }

    public CountDeltas(Map<Fact, Long> facts, Map<CountedPosting, Long> copies) {
        this(facts, copies, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static CountDeltas ofFacts(Map<Fact, Long> facts) {
        return new CountDeltas(facts, Map.of());
    }

    /** The same deltas with other facts. */
    public CountDeltas withFacts(Map<Fact, Long> otherFacts) {
        return new CountDeltas(otherFacts, copies, terms, cube, cooccurrence, breakdowns, slices, candidatePostings);
    }
}

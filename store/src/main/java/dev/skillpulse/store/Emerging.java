package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Terms beyond the guide, ranked by how much their share of postings rose: the window ({@code from}..{@code to},
 * whole months) against the same months a year earlier ({@code baselineFrom}..{@code baselineTo}).
 *
 * @param postings counted postings in the window; {@code baselinePostings} in the year-earlier window
 * @param candidates those with at least {@code minPostings} postings in the window, best ranked first
 */
public record Emerging(LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo, long postings,
        long baselinePostings, int minPostings, String method, List<Candidate> candidates) {

    /**
     * One candidate (or several keys folded into one, {@code keys}, by aliases written out in postings).
     *
     * @param share postings asking for it / postings, in the window; {@code baselineShare} the same a year earlier
     *     (null when that window has no postings)
     * @param growth {@code share - baselineShare} (share points as a fraction), with its 95 % interval
     *     {@code growthLow}..{@code growthHigh}; {@code ratio} = share / baselineShare (null when that is 0 or null)
     * @param rising true when {@code growthLow > 0}: it rose beyond chance
     * @param firstSeen the first month any posting asked for it (over all data)
     * @param companions the guide's terms most often named in its newest postings ({@code sampled} of them)
     * @param examples ids of its newest postings in the window
     * @param months its monthly postings and share from {@code baselineFrom} to {@code to}
     */
    public record Candidate(String key, String label, List<String> keys, long postings, double share,
            long baselinePostings, Double baselineShare, double growth, double growthLow, double growthHigh,
            Double ratio, boolean rising, LocalDate firstSeen, int sampled, List<Companion> companions,
            List<String> examples, List<Month> months) {
    }

    /** A term of the guide named with a candidate: in {@code postings} of the sampled postings. */
    public record Companion(String id, String label, long postings, double share) {
    }

    public record Month(LocalDate period, long postings, long total, double share) {
    }
}

package dev.skillpulse.store;

/**
 * A term's demand over a period: postings mentioning it, that as a share of all postings in the period, and its
 * share in the period of the same length just before ({@code previousShare}, null when there were no postings then).
 */
public record SkillShare(String id, String label, String type, String category, long postings, double share,
                         Double previousShare, Double growth) {
    /** {@code growth} is the relative change of share (0.25: a quarter more), null when there is nothing to compare. */
    public static SkillShare of(String id, String label, String type, String category, long postings, double share,
            Double previousShare) {
        Double growth = previousShare == null || previousShare == 0 ? null : share / previousShare - 1;
        return new SkillShare(id, label, type, category, postings, share, previousShare, growth);
    }
}

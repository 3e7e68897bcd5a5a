package dev.skillpulse.streams;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds count changes into what they do to the stored counts: a delta per fact and a delta per (posting, month,
 * term) row of the co-occurrence table, each retracting the old contribution and adding the new one. Everything
 * is a sum, so the order of changes does not matter: when an edit moves a posting to another job group, its
 * retraction and its new contribution come from different tasks in either order. The projector folds each poll
 * into one tally before one database transaction; postings share most facts, so a tally is far smaller than the
 * changes it folds. Plain Java, no Kafka.
 */
public final class FactTally {
    /** One row of the posting → term table used for co-occurrence. */
    public record PostingTerm(String postingId, LocalDate month, String termId) {
    }

    private final Map<Fact, Long> facts = new HashMap<>();
    private final Map<PostingTerm, Long> postingTerms = new HashMap<>();

    public void add(String postingId, CountChange change) {
        apply(postingId, change.before(), -1);
        apply(postingId, change.after(), 1);
    }

    private void apply(String postingId, Contribution contribution, long sign) {
        if (contribution == null) {
            return;
        }
        contribution.facts().forEach(f -> facts.merge(f, sign, Long::sum));
        if (contribution.counted()) {
            LocalDate month = Fact.monthOf(contribution.member().postedAt());
            contribution.member().terms().forEach(term ->
                    postingTerms.merge(new PostingTerm(postingId, month, term), sign, Long::sum));
        }
    }

    /** Fact → change of its count; facts whose changes cancelled out are left out. */
    public Map<Fact, Long> factDeltas() {
        Map<Fact, Long> nonZero = new HashMap<>(facts);
        nonZero.values().removeIf(d -> d == 0);
        return nonZero;
    }

    /** Co-occurrence row → change of its count (1 while the posting is counted with that term). */
    public Map<PostingTerm, Long> postingTermDeltas() {
        Map<PostingTerm, Long> nonZero = new HashMap<>(postingTerms);
        nonZero.values().removeIf(d -> d == 0);
        return nonZero;
    }
}

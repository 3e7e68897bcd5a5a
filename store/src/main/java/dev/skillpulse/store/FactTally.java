package dev.skillpulse.store;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Member;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds count changes into what they do to the stored counts: deltas per fact and per counted posting's copies
 * (a row keyed by posting, month, terms and breakdown values), each retracting the old contribution and adding the
 * new one. Everything is a sum, so the order of changes does not matter: when an edit moves a posting to another
 * job group, its retraction and its new contribution come from different tasks in either order. The projector
 * folds each poll into one tally before one database transaction; postings share most facts, so a tally is far
 * smaller than the changes it folds. Plain Java, no Kafka.
 */
public final class FactTally {
    private final Map<Fact, Long> facts = new HashMap<>();
    private final Map<CountedPosting, Long> copies = new HashMap<>();

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
            Member member = contribution.member();
            CountedPosting posting = new CountedPosting(postingId, Fact.monthOf(member.postedAt()), member.terms(),
                    member.profile());
            copies.merge(posting, sign * contribution.copies(), Long::sum);
        }
    }

    /** The deltas of everything added so far; those that cancelled out are left out. */
    public CountDeltas deltas() {
        return new CountDeltas(nonZero(facts), nonZero(copies));
    }

    /** Built unmodifiable, so that CountDeltas keeps it as it is instead of copying it again. */
    private static <K> Map<K, Long> nonZero(Map<K, Long> deltas) {
        return deltas.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

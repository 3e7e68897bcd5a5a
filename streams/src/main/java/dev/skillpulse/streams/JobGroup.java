package dev.skillpulse.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The posting ids that publish the same job (same fingerprint), and how they are counted: sorted by postedAt
 * then id, an id within {@link #REPOST_WINDOW_DAYS} days of the first id of its run is a copy of it; a later one
 * starts a new run. Each run counts once, with the facts of its first id; every id counts in the raw totals.
 */
public final class JobGroup {
    public static final int REPOST_WINDOW_DAYS = 30;
    private static final Comparator<Member> ORDER = Comparator.comparing(Member::postedAt).thenComparing(Member::id);

    private JobGroup() {
    }

    /** Runs of copies, each starting with the id that is counted. */
    public static List<List<Member>> runs(List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(ORDER);
        List<List<Member>> runs = new ArrayList<>();
        List<Member> run = null;
        for (Member m : sorted) {
            if (run == null || m.postedAt().isAfter(run.get(0).postedAt().plusDays(REPOST_WINDOW_DAYS))) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(m);
        }
        return runs;
    }

    /** How many times each fact is counted for this group. */
    public static Map<String, Long> countedFacts(List<Member> members) {
        Map<String, Long> counts = new HashMap<>();
        for (List<Member> run : runs(members)) {
            run.get(0).facts().forEach(f -> counts.merge(f, 1L, Long::sum));
        }
        members.forEach(m -> counts.merge(Fact.rawPostingsInWeek(m.postedAt()).encode(), 1L, Long::sum));
        return counts;
    }

    /** The counted ids of this group with their month and terms. */
    public static Map<String, PostingTerms> countedPostings(List<Member> members) {
        Map<String, PostingTerms> counted = new LinkedHashMap<>();
        for (List<Member> run : runs(members)) {
            Member first = run.get(0);
            counted.put(first.id(), new PostingTerms(Fact.monthOf(first.postedAt()), first.terms()));
        }
        return counted;
    }

    /** {@code after - before} for every fact whose count changed. */
    public static Map<String, Long> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> deltas = new HashMap<>();
        after.forEach((fact, n) -> {
            long d = n - before.getOrDefault(fact, 0L);
            if (d != 0) {
                deltas.put(fact, d);
            }
        });
        before.forEach((fact, n) -> {
            if (!after.containsKey(fact)) {
                deltas.put(fact, -n);
            }
        });
        return deltas;
    }

    /** Counted postings that are new or changed (value set) or no longer counted (value null). */
    public static Map<String, PostingTerms> changedPostings(Map<String, PostingTerms> before,
            Map<String, PostingTerms> after) {
        Map<String, PostingTerms> changes = new LinkedHashMap<>();
        after.forEach((id, terms) -> {
            if (!Objects.equals(before.get(id), terms)) {
                changes.put(id, terms);
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(id -> changes.put(id, null));
        return changes;
    }
}

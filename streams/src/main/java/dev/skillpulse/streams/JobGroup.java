package dev.skillpulse.streams;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posting ids that publish the same job (same fingerprint), and how they are counted: sorted by postedAt
 * then id, an id within {@link #REPOST_WINDOW_DAYS} days of the first id of its run is a copy of it; a later one
 * starts a new run. Each run counts once, with the facts of its first id; every id counts in the raw totals.
 * Plain Java, no Kafka.
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

    /**
     * What each id of this group contributes: the first id of each run is counted, with the size of its run; the
     * others are copies. A copy joining or leaving a run thus changes the counted id's contribution too.
     */
    public static Map<String, Contribution> contributions(List<Member> members) {
        Map<String, Contribution> result = new LinkedHashMap<>();
        for (List<Member> run : runs(members)) {
            for (Member m : run) {
                boolean counted = m == run.get(0);
                result.put(m.id(), new Contribution(m, counted, counted ? run.size() : 0));
            }
        }
        return result;
    }

    /** The ids whose contribution differs between two states of a group, with the old and new contribution. */
    public static Map<String, CountChange> changes(Map<String, Contribution> before, Map<String, Contribution> after) {
        Map<String, CountChange> changes = new LinkedHashMap<>();
        before.forEach((id, old) -> {
            Contribution now = after.get(id);
            if (!old.equals(now)) {
                changes.put(id, new CountChange(old, now));
            }
        });
        after.forEach((id, now) -> {
            if (!before.containsKey(id)) {
                changes.put(id, new CountChange(null, now));
            }
        });
        return changes;
    }
}

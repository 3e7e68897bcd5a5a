package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.CANDIDATE_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;

import dev.skillpulse.contract.Fact;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Reads the terms beyond the guide (docs/emerging.md): monthly counts from the {@code candidate-month} facts, aliases
 * from {@code alias-month}, and a candidate's examples and companion terms from its newest rows of
 * {@code candidate_posting}. A handful of queries whatever the data's size: the facts are a row per candidate and
 * month, and the details read at most {@link #SAMPLE} rows per listed candidate.
 */
public final class EmergingQueries {
    public static final int WINDOW_MONTHS = 12;
    public static final int DEFAULT_MIN_POSTINGS = 10;
    /** Postings that must write an expansion next to its acronym before the two fold into one candidate. */
    public static final int ALIAS_MIN_POSTINGS = 3;
    /** Newest postings of a candidate read for its companions. */
    public static final int SAMPLE = 500;
    private static final int EXAMPLES = 3;
    private static final int COMPANIONS = 5;
    private static final double Z95 = 1.959964;

    private final DSLContext dsl;
    /** The taxonomy the companions' labels come from: the one in use now (a promotion replaces it). */
    private final Supplier<Taxonomy> taxonomy;

    public EmergingQueries(DSLContext dsl, Taxonomy taxonomy) {
        this(dsl, () -> taxonomy);
    }

    public EmergingQueries(DSLContext dsl, Supplier<Taxonomy> taxonomy) {
        this.dsl = dsl;
        this.taxonomy = taxonomy;
    }

    /**
     * Candidates ranked by the low end of their share's growth, the window against a year earlier; {@code from},
     * {@code to} (any day of the first and last month) may be null: the window then ends with the newest month
     * counted and spans {@link #WINDOW_MONTHS} months.
     */
    public Emerging emerging(LocalDate from, LocalDate to, int limit, int minPostings) {
        LocalDate end = to != null ? Fact.monthOf(to) : newestMonth();
        LocalDate start = from != null ? Fact.monthOf(from) : end.minusMonths(WINDOW_MONTHS - 1);
        LocalDate baseStart = start.minusYears(1);
        LocalDate baseEnd = end.minusYears(1);
        Map<LocalDate, Long> totals = totals(baseStart, end);
        long postings = sumOver(totals, start, end);
        long basePostings = sumOver(totals, baseStart, baseEnd);

        Map<String, String> foldedInto = folds();
        Map<String, Group> groups = new LinkedHashMap<>();
        dsl.select(FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION, FACT_COUNT.PERIOD, FACT_COUNT.POSTINGS)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.CANDIDATE_MONTH))
                .and(FACT_COUNT.PERIOD.between(baseStart, end))
                .forEach(r -> groups.computeIfAbsent(foldedInto.getOrDefault(r.value1(), r.value1()), Group::new)
                        .add(r.value1(), r.value2(), r.value3(), r.value4()));
        groups.values().stream().filter(g -> g.keys.size() > 1).forEach(g -> g.months = distinctByMonth(g.keys,
                baseStart, end));

        List<Emerging.Candidate> ranked = new ArrayList<>();
        for (Group g : groups.values()) {
            long now = sumOver(g.months, start, end);
            if (now >= minPostings) {
                ranked.add(g.rated(now, postings, sumOver(g.months, baseStart, baseEnd), basePostings));
            }
        }
        ranked.sort(Comparator.comparingDouble(Emerging.Candidate::growthLow).reversed()
                .thenComparing(Comparator.comparingLong(Emerging.Candidate::postings).reversed())
                .thenComparing(Emerging.Candidate::key));
        List<Emerging.Candidate> top = ranked.stream().limit(limit).toList();
        Map<String, LocalDate> firstSeen = firstSeen(top.stream().flatMap(c -> c.keys().stream()).toList());
        List<Emerging.Candidate> listed = top.stream()
                .map(c -> detailed(c, groups.get(c.key()), firstSeen, totals, baseStart, start, end)).toList();
        return new Emerging(start, end, baseStart, baseEnd, postings, basePostings, minPostings, method(), listed);
    }

    static String method() {
        return "Candidates are terms postings ask for that the taxonomy does not name (docs/emerging.md), counted per "
                + "counted posting (reposts once, edits and deletions retracted). share = postings asking for it / "
                + "counted postings, in the window and in the same months a year earlier; growth = share - "
                + "baselineShare, with a 95 % normal-approximation interval (sqrt(p1(1-p1)/n1 + p0(1-p0)/n0)); ranked "
                + "by the interval's low end, so a small count's noise ranks below a steady rise; rising when it is "
                + "above 0. Only candidates with at least minPostings postings in the window are listed. An expansion "
                + "written next to its acronym in at least " + ALIAS_MIN_POSTINGS + " postings (\"vision language "
                + "models (VLMs)\") folds into the acronym, and a posting naming both counts once. companions: the "
                + "guide's terms in the candidate's newest " + SAMPLE + " postings of the window.";
    }

    private LocalDate newestMonth() {
        LocalDate newest = dsl.select(FACT_COUNT.PERIOD.max())
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.POSTINGS_MONTH))
                .fetchOne(0, LocalDate.class);
        return newest != null ? newest : Fact.monthOf(LocalDate.now());
    }

    private Map<LocalDate, Long> totals(LocalDate from, LocalDate to) {
        Map<LocalDate, Long> totals = new TreeMap<>();
        dsl.select(FACT_COUNT.PERIOD, FACT_COUNT.POSTINGS)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.POSTINGS_MONTH))
                .and(FACT_COUNT.SUBJECT.eq(""))
                .and(FACT_COUNT.DIMENSION.eq(""))
                .and(FACT_COUNT.PERIOD.between(from, to))
                .forEach(r -> totals.put(r.value1(), r.value2()));
        return totals;
    }

    /**
     * Expansion key → the acronym key it folds into: written next to it by at least {@link #ALIAS_MIN_POSTINGS}
     * postings (over all data), and with no other acronym that as many postings wrote it next to.
     */
    private Map<String, String> folds() {
        Map<String, Map<String, Long>> byExpansion = new HashMap<>();
        dsl.select(FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION, sum(FACT_COUNT.POSTINGS))
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.ALIAS_MONTH))
                .groupBy(FACT_COUNT.SUBJECT, FACT_COUNT.DIMENSION)
                .forEach(r -> byExpansion.computeIfAbsent(r.value2(), k -> new HashMap<>())
                        .put(r.value1(), r.value3().longValue()));
        Map<String, String> folds = new HashMap<>();
        byExpansion.forEach((expansion, acronyms) -> {
            List<Map.Entry<String, Long>> best = acronyms.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2).toList();
            boolean clear = best.get(0).getValue() >= ALIAS_MIN_POSTINGS
                    && (best.size() == 1 || best.get(1).getValue() < best.get(0).getValue());
            if (clear && !expansion.equals(best.get(0).getKey())) {
                folds.put(expansion, best.get(0).getKey());
            }
        });
        return folds;
    }

    /** Postings asking for any of {@code keys}, by month: a posting naming two of them counts once. */
    private Map<LocalDate, Long> distinctByMonth(Set<String> keys, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> months = new TreeMap<>();
        dsl.select(CANDIDATE_POSTING.MONTH, countDistinct(CANDIDATE_POSTING.POSTING_ID))
                .from(CANDIDATE_POSTING)
                .where(CANDIDATE_POSTING.CANDIDATE.in(keys))
                .and(CANDIDATE_POSTING.MONTH.between(from, to))
                .groupBy(CANDIDATE_POSTING.MONTH)
                .forEach(r -> months.put(r.value1(), r.value2().longValue()));
        return months;
    }

    /** Each key's first month over all data: one query for every listed candidate. */
    private Map<String, LocalDate> firstSeen(List<String> keys) {
        Map<String, LocalDate> first = new HashMap<>();
        dsl.select(FACT_COUNT.SUBJECT, min(FACT_COUNT.PERIOD))
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.CANDIDATE_MONTH))
                .and(FACT_COUNT.SUBJECT.in(keys))
                .groupBy(FACT_COUNT.SUBJECT)
                .forEach(r -> first.put(r.value1(), r.value2()));
        return first;
    }

    private Emerging.Candidate detailed(Emerging.Candidate c, Group g, Map<String, LocalDate> firstSeenByKey,
            Map<LocalDate, Long> totals, LocalDate baseStart, LocalDate start, LocalDate end) {
        LocalDate firstSeen = g.keys.stream().map(firstSeenByKey::get).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Set<String> sampled = new LinkedHashSet<>();
        Map<String, Long> companions = new HashMap<>();
        dsl.select(CANDIDATE_POSTING.POSTING_ID, CANDIDATE_POSTING.TERMS)
                .from(CANDIDATE_POSTING)
                .where(CANDIDATE_POSTING.CANDIDATE.in(g.keys))
                .and(CANDIDATE_POSTING.MONTH.between(start, end))
                .orderBy(CANDIDATE_POSTING.MONTH.desc(), CANDIDATE_POSTING.POSTING_ID.desc())
                .limit(SAMPLE * g.keys.size())
                .forEach(r -> {
                    if (sampled.size() < SAMPLE && sampled.add(r.value1())) {
                        for (String term : r.value2()) {
                            companions.merge(term, 1L, Long::sum);
                        }
                    }
                });
        Taxonomy labels = taxonomy.get();
        List<Emerging.Companion> top = companions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COMPANIONS)
                .map(e -> new Emerging.Companion(e.getKey(),
                        labels.term(e.getKey()).map(Term::label).orElse(e.getKey()), e.getValue(),
                        ShareQueries.share(e.getValue(), sampled.size())))
                .toList();
        List<Emerging.Month> months = new ArrayList<>();
        for (LocalDate m = baseStart; !m.isAfter(end); m = m.plusMonths(1)) {
            long n = g.months.getOrDefault(m, 0L);
            long total = totals.getOrDefault(m, 0L);
            months.add(new Emerging.Month(m, n, total, ShareQueries.share(n, total)));
        }
        return new Emerging.Candidate(c.key(), c.label(), c.keys(), c.postings(), c.share(), c.baselinePostings(),
                c.baselineShare(), c.growth(), c.growthLow(), c.growthHigh(), c.ratio(), c.rising(), firstSeen,
                sampled.size(), top, sampled.stream().limit(EXAMPLES).toList(), months);
    }

    private static long sumOver(Map<LocalDate, Long> months, LocalDate from, LocalDate to) {
        return months.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The counts of one candidate, or of an acronym and the expansions folded into it, as they are read. */
    private static final class Group {
        final String key;
        final Set<String> keys = new LinkedHashSet<>();
        final Map<String, Long> labels = new HashMap<>();
        final Map<String, Long> otherLabels = new HashMap<>();
        Map<LocalDate, Long> months = new TreeMap<>();

        Group(String key) {
            this.key = key;
            keys.add(key);
        }

        void add(String candidate, String label, LocalDate month, long postings) {
            keys.add(candidate);
            months.merge(month, postings, Long::sum);
            (candidate.equals(key) ? labels : otherLabels).merge(label, postings, Long::sum);
        }

        /** The commonest spelling of the group's own key (an expansion's, when the acronym was never seen alone). */
        String label() {
            return (labels.isEmpty() ? otherLabels : labels).entrySet().stream()
                    // the commonest; on a tie the first in alphabetical order
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .orElse(key);
        }

        Emerging.Candidate rated(long now, long total, long before, long baseTotal) {
            double share = ShareQueries.share(now, total);
            Double baseShare = baseTotal == 0 ? null : ShareQueries.share(before, baseTotal);
            double p0 = baseShare == null ? 0 : baseShare;
            double variance = share * (1 - share) / Math.max(total, 1)
                    + (baseTotal == 0 ? 0 : p0 * (1 - p0) / baseTotal);
            double growth = share - p0;
            double margin = Z95 * Math.sqrt(variance);
            return new Emerging.Candidate(key, label(), List.copyOf(keys), now, share, before, baseShare, growth,
                    growth - margin, growth + margin, p0 == 0 ? null : share / p0, growth - margin > 0, null, 0,
                    List.of(), List.of(), List.of());
        }
    }
}

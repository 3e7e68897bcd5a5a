package dev.skillpulse.app;

import static dev.skillpulse.store.jooq.Tables.CANDIDATE_POSTING;
import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.BREAKDOWN_MONTH;
import static dev.skillpulse.store.jooq.Tables.COOCCURRENCE_MONTH;
import static dev.skillpulse.store.jooq.Tables.CUBE_MONTH;
import static dev.skillpulse.store.jooq.Tables.TERM_ORDINAL;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.generate.SampleGenerator;
import dev.skillpulse.ingest.generate.Truth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A generated stream of postings (with resends, edits, deletions and reposts) and its known final counts. */
record GeneratedCorpus(List<Posting> postings, Truth truth) {

    static GeneratedCorpus generate(int postings, long seed) {
        SampleGenerator.Sample sample = SampleGenerator.generate(postings, YearMonth.of(2022, 1), YearMonth.of(2023, 12), seed);
        return new GeneratedCorpus(sample.postings(), sample.truth());
    }

    /** Produces the postings from {@code from} (inclusive) to {@code to} (exclusive), in stream order. */
    void produce(String bootstrap, int from, int to) {
        try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS)) {
            postings.subList(from, to).forEach(sink::send);
            sink.flush();
        }
    }

    /** The expected weekly counts: postings and term mentions with reposts counted once. */
    Map<LocalDate, Truth.Week> expectedWeekly() {
        return new TreeMap<>(truth.weeklyDeduplicated());
    }

    /** The expected monthly counts, likewise. */
    Map<LocalDate, Truth.Week> expectedMonthly() {
        return new TreeMap<>(truth.monthlyDeduplicated());
    }

    /** Live posting ids: each is one copy of exactly one counted posting. */
    long liveIds() {
        return truth.postings().values().stream().filter(e -> !e.deleted()).count();
    }

    /** Planted candidate key → counted postings it was planted in (the generator's truth, not an extractor's). */
    Map<String, Long> plantedCandidates() {
        Map<String, Long> planted = new TreeMap<>();
        truth.emergingByMonth().values().forEach(m -> m.forEach((k, n) -> planted.merge(k, (long) n, Long::sum)));
        return planted;
    }

    /** Candidate key → counted postings, from the {@code candidate-month} facts. */
    static Map<String, Long> candidatesIn(DSLContext dsl) {
        Map<String, Long> found = new TreeMap<>();
        dsl.select(FACT_COUNT.SUBJECT, FACT_COUNT.POSTINGS)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.CANDIDATE_MONTH))
                .forEach(r -> found.merge(r.value1(), r.value2(), Long::sum));
        return found;
    }

    /** Candidate key → counted postings, from the {@code candidate_posting} rows the details are read from. */
    static Map<String, Long> candidateRowsIn(DSLContext dsl) {
        Map<String, Long> found = new TreeMap<>();
        dsl.select(CANDIDATE_POSTING.CANDIDATE, CANDIDATE_POSTING.POSTINGS)
                .from(CANDIDATE_POSTING)
                .forEach(r -> found.merge(r.value1(), r.value2().longValue(), Long::sum));
        return found;
    }

    /** The copies of all counted postings PostgreSQL holds. */
    static long copiesIn(DSLContext dsl) {
        Number copies = dsl.select(DSL.sum(COUNTED_POSTING.COPIES)).from(COUNTED_POSTING).fetchOne().value1();
        return copies == null ? 0 : copies.longValue();
    }

    /**
     * Monthly counts recounted from the counted postings' rows and the terms they carry, which co-occurrence and
     * per-term breakdowns read: a stale row left by an edit, or a missing one, shows here.
     */
    static Map<LocalDate, Truth.Week> monthlyFromCountedPostings(DSLContext dsl) {
        Map<LocalDate, Integer> postings = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> terms = new TreeMap<>();
        dsl.select(COUNTED_POSTING.MONTH, COUNTED_POSTING.TERMS)
                .from(COUNTED_POSTING)
                .forEach(r -> {
                    postings.merge(r.value1(), 1, Integer::sum);
                    Map<String, Integer> counts = terms.computeIfAbsent(r.value1(), m -> new TreeMap<>());
                    for (String term : r.value2()) {
                        counts.merge(term, 1, Integer::sum);
                    }
                });
        Map<LocalDate, Truth.Week> monthly = new TreeMap<>();
        postings.forEach((month, n) -> monthly.put(month, new Truth.Week(n, terms.get(month))));
        return monthly;
    }

    /** A cell of the term cube without seniority, which the generator's truth does not know. */
    record Place(String term, LocalDate month, String country, String region) {
    }

    /**
     * Counted postings per term ('' for all), month, country and region, from the generator's truth: which ids are
     * counted and their terms come from the truth, their country and region from the last version generated.
     */
    Map<Place, Long> expectedPlaces() {
        Map<String, Posting> last = lastVersions();
        Map<Place, Long> expected = new TreeMap<>(PLACE_ORDER);
        truth.countedById().forEach((id, entry) -> {
            Posting p = last.get(id);
            String country = Dimensions.orUnknown(p.location().country());
            String region = country + "/" + Dimensions.orUnknown(p.location().region());
            LocalDate month = Truth.month(entry.postedAt());
            expected.merge(new Place("", month, country, region), 1L, Long::sum);
            entry.terms().forEach(t -> expected.merge(new Place(t, month, country, region), 1L, Long::sum));
        });
        return expected;
    }

    /**
     * Counted postings per month and industry, and per term among them ("month industry term", term '' for all), from
     * the truth's counted ids and terms and the industry of the last version generated.
     */
    Map<String, Long> expectedIndustries() {
        Map<String, Posting> last = lastVersions();
        Map<String, Long> expected = new TreeMap<>();
        truth.countedById().forEach((id, entry) -> {
            String cell = Truth.month(entry.postedAt()) + " " + Dimensions.orUnknown(last.get(id).industry()) + " ";
            expected.merge(cell, 1L, Long::sum);
            entry.terms().forEach(t -> expected.merge(cell + t, 1L, Long::sum));
        });
        return expected;
    }

    /** The industry breakdown's vectors PostgreSQL holds, in the shape of {@link #expectedIndustries()}. */
    static Map<String, Long> industriesIn(DSLContext dsl) {
        Map<Integer, String> terms = termsByOrdinal(dsl);
        Map<String, Long> held = new TreeMap<>();
        dsl.selectFrom(BREAKDOWN_MONTH).where(BREAKDOWN_MONTH.DIMENSION.eq(Dimensions.INDUSTRY)).forEach(r -> {
            String cell = r.getMonth() + " " + r.getValue() + " ";
            held.merge(cell, r.getPostings(), Long::sum);
            Long[] perTerm = r.getTermPostings();
            for (int i = 0; i < perTerm.length; i++) {
                held.merge(cell + terms.get(i + 1), perTerm[i], Long::sum);
            }
        });
        held.values().removeIf(n -> n == 0);
        return held;
    }

    /** Counted postings per month mentioning both terms of a pair ("a|b", a before b), from the truth. */
    Map<String, Long> expectedPairs() {
        Map<String, Long> expected = new TreeMap<>();
        for (Truth.Entry entry : truth.countedById().values()) {
            List<String> terms = List.copyOf(entry.terms()); // a sorted set
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    expected.merge(Truth.month(entry.postedAt()) + " " + terms.get(i) + "|" + terms.get(j), 1L,
                            Long::sum);
                }
            }
        }
        return expected;
    }

    /** The term cube PostgreSQL holds, summed over seniority, its vectors spread into a row per term. */
    static Map<Place, Long> placesIn(DSLContext dsl) {
        Map<Integer, String> terms = termsByOrdinal(dsl);
        Map<Place, Long> held = new TreeMap<>(PLACE_ORDER);
        dsl.selectFrom(CUBE_MONTH).forEach(r -> {
            held.merge(new Place("", r.getMonth(), r.getCountry(), r.getRegion()), r.getPostings(), Long::sum);
            Long[] perTerm = r.getTermPostings();
            for (int i = 0; i < perTerm.length; i++) {
                String term = terms.get(i + 1);
                if (!term.contains(":")) { // groups and breakdown values are elements too; the truth has terms
                    held.merge(new Place(term, r.getMonth(), r.getCountry(), r.getRegion()), perTerm[i], Long::sum);
                }
            }
        });
        held.values().removeIf(n -> n == 0);
        return held;
    }

    /**
     * The pair counts PostgreSQL holds, in the shape of {@link #expectedPairs()}: each pair is read from both terms'
     * co-occurrence vectors, and a pair whose two sides disagree shows as a key of its own, failing the comparison.
     */
    static Map<String, Long> pairsIn(DSLContext dsl) {
        Map<Integer, String> terms = termsByOrdinal(dsl);
        Map<String, Long> held = new TreeMap<>();
        Map<String, Long> mirrored = new TreeMap<>();
        dsl.selectFrom(COOCCURRENCE_MONTH).forEach(r -> {
            Long[] perTerm = r.getTermPostings();
            for (int i = 0; i < perTerm.length; i++) {
                String other = terms.get(i + 1);
                int order = r.getTermId().compareTo(other);
                if (perTerm[i] != 0 && order != 0) {
                    String pair = order < 0 ? r.getTermId() + "|" + other : other + "|" + r.getTermId();
                    (order < 0 ? held : mirrored).merge(r.getMonth() + " " + pair, perTerm[i], Long::sum);
                }
            }
        });
        Set<String> pairs = new TreeSet<>(held.keySet());
        pairs.addAll(mirrored.keySet());
        pairs.forEach(pair -> {
            if (!Objects.equals(held.get(pair), mirrored.get(pair))) {
                held.put(pair + " read from its second term", mirrored.get(pair));
            }
        });
        return held;
    }

    private static Map<Integer, String> termsByOrdinal(DSLContext dsl) {
        return dsl.select(TERM_ORDINAL.ORDINAL, TERM_ORDINAL.TERM_ID).from(TERM_ORDINAL).fetchMap(
                TERM_ORDINAL.ORDINAL, TERM_ORDINAL.TERM_ID);
    }

    private static final Comparator<Place> PLACE_ORDER = Comparator.comparing(Place::term)
            .thenComparing(Place::month).thenComparing(Place::country).thenComparing(Place::region);

    private Map<String, Posting> lastVersions() {
        Map<String, Posting> last = new HashMap<>();
        postings.stream().filter(p -> !p.deleted()).forEach(p -> last.put(p.id(), p));
        return last;
    }

    /** The weekly counts PostgreSQL holds, in the same shape. */
    static Map<LocalDate, Truth.Week> weeklyIn(DSLContext dsl) {
        return countsIn(dsl, Fact.POSTINGS_WEEK, Fact.TERM_WEEK);
    }

    /** The monthly counts PostgreSQL holds, in the shape of {@link #expectedMonthly()}. */
    static Map<LocalDate, Truth.Week> monthlyIn(DSLContext dsl) {
        return countsIn(dsl, Fact.POSTINGS_MONTH, Fact.TERM_MONTH);
    }

    /**
     * {@link #expectedMonthly()} with the terms the generator planted under candidate {@code keys} counted as terms of
     * their own, as after promoting them (id: {@link TaxonomyOverlay.NewTerm#idOf}): the generator's truth says which
     * postings carry them.
     */
    Map<LocalDate, Truth.Week> expectedMonthlyPromoting(String... keys) {
        Map<LocalDate, Truth.Week> expected = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> emerging = truth.emergingByMonth();
        expectedMonthly().forEach((month, week) -> {
            Map<String, Integer> terms = new TreeMap<>(week.terms());
            for (String key : keys) {
                Integer planted = emerging.getOrDefault(month, Map.of()).get(key);
                if (planted != null && planted > 0) {
                    terms.put(TaxonomyOverlay.NewTerm.idOf(key), planted);
                }
            }
            expected.put(month, new Truth.Week(week.postings(), terms));
        });
        return expected;
    }

    private static Map<LocalDate, Truth.Week> countsIn(DSLContext dsl, String postingsMetric, String termMetric) {
        Map<LocalDate, Integer> postings = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> terms = new TreeMap<>();
        dsl.select(FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.POSTINGS)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.in(postingsMetric, termMetric))
                .forEach(r -> {
                    if (r.value1().equals(postingsMetric)) {
                        postings.put(r.value2(), r.value4().intValue());
                    } else {
                        terms.computeIfAbsent(r.value2(), w -> new TreeMap<>()).put(r.value3(), r.value4().intValue());
                    }
                });
        Map<LocalDate, Truth.Week> weekly = new TreeMap<>();
        postings.forEach((week, n) -> weekly.put(week, new Truth.Week(n, terms.getOrDefault(week, Map.of()))));
        terms.keySet().stream().filter(w -> !postings.containsKey(w))
                .forEach(w -> weekly.put(w, new Truth.Week(0, terms.get(w))));
        return weekly;
    }
}

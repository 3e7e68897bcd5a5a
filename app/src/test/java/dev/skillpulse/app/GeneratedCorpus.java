package dev.skillpulse.app;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;

import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.Posting;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.generate.SampleGenerator;
import dev.skillpulse.ingest.generate.Truth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** The weekly counts PostgreSQL holds, in the same shape. */
    static Map<LocalDate, Truth.Week> weeklyIn(DSLContext dsl) {
        Map<LocalDate, Integer> postings = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> terms = new TreeMap<>();
        dsl.select(FACT_COUNT.METRIC, FACT_COUNT.PERIOD, FACT_COUNT.SUBJECT, FACT_COUNT.POSTINGS)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.in(Fact.POSTINGS_WEEK, Fact.TERM_WEEK))
                .forEach(r -> {
                    if (r.value1().equals(Fact.POSTINGS_WEEK)) {
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

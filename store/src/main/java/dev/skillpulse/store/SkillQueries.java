package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.BREAKDOWN_MONTH;
import static dev.skillpulse.store.jooq.Tables.COOCCURRENCE_MONTH;
import static dev.skillpulse.store.jooq.Tables.CUBE_MONTH;
import static dev.skillpulse.store.jooq.Tables.TERM;
import static dev.skillpulse.store.jooq.Tables.TERM_ORDINAL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.store.jooq.tables.FactCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Read side for the dashboard: top terms, trends, related terms and breakdowns, as counts and shares of postings.
 * Every answer reads summaries whose size depends on terms x periods x breakdown values, never on the number of
 * postings: fact_count (weekly and monthly counts, breakdowns) and the term vectors of cube_month (counts by
 * country, region and seniority, for filters), cooccurrence_month and breakdown_month (a term per education,
 * experience or industry value). A vector's element for a term is at the term's ordinal (term_ordinal); vectors
 * are summed here rather than in SQL, which has no element-wise sum. See docs/read-model.md.
 */
public final class SkillQueries {
    /** The cube's column for each breakdown it holds. */
    private static final Map<String, Field<String>> CUBE_COLUMNS = Map.of(
            Dimensions.COUNTRY, CUBE_MONTH.COUNTRY,
            Dimensions.REGION, CUBE_MONTH.REGION,
            Dimensions.SENIORITY, CUBE_MONTH.SENIORITY);

    private final DSLContext dsl;

    public SkillQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Postings whose ISO week lies in the period (reposts counted once). */
    public long totalPostings(Period period) {
        return sumOf(Fact.POSTINGS_WEEK, "", period, Grain.WEEK);
    }

    /** Postings matching the filters in the period's months; without filters, in its weeks. */
    public long totalPostings(Period period, Filters filters) {
        return filters.isEmpty() ? totalPostings(period) : cubeTotal(period, filters);
    }

    public List<SkillShare> topSkills(Period period, String category, int limit) {
        return topSkills(period, category, limit, Filters.NONE);
    }

    /**
     * The most mentioned terms in the period, optionally of one category, most postings first, each with its share
     * in the period of the same length just before (when the period is bounded and there were postings then).
     * Without filters periods count in ISO weeks; with filters, in months (the cube's grain).
     */
    public List<SkillShare> topSkills(Period period, String category, int limit, Filters filters) {
        long total = totalPostings(period, filters);
        Optional<Period> before = period.before();
        long totalBefore = before.map(p -> totalPostings(p, filters)).orElse(0L);
        Map<String, Long> countsBefore = before.isEmpty() || totalBefore == 0 ? Map.of()
                : termTotals(before.get(), filters);
        Map<String, Long> counts = filters.isEmpty() ? null : cubeTermTotals(period, filters);
        return termTotalsQuery(period, category, limit, counts).stream()
                .map(r -> SkillShare.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue(),
                        share(r.value5().longValue(), total),
                        totalBefore == 0 ? null : share(countsBefore.getOrDefault(r.value1(), 0L), totalBefore)))
                .toList();
    }

    /**
     * Term ids with their postings in the period, most first: from the weekly facts, or when {@code cubeCounts} is
     * given (the filtered counts, summed from the cube), those.
     */
    private List<Record5<String, String, String, String, BigDecimal>> termTotalsQuery(Period period,
            String category, int limit, Map<String, Long> cubeCounts) {
        Condition ofCategory = category == null ? noCondition() : TERM.CATEGORY.eq(category);
        if (cubeCounts != null) {
            Field<BigDecimal> postings = DSL.inline(BigDecimal.ZERO).as("postings");
            return dsl.select(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY, postings)
                    .from(TERM)
                    .where(TERM.ID.in(cubeCounts.keySet()))
                    .and(ofCategory)
                    .fetch()
                    .stream()
                    .map(r -> r.value5(BigDecimal.valueOf(cubeCounts.get(r.value1()))))
                    .sorted(Comparator.comparing((Record5<String, String, String, String, BigDecimal> r) ->
                            r.value5()).reversed().thenComparing(r -> r.value1()))
                    .limit(limit)
                    .toList();
        }
        Field<BigDecimal> postings = sum(FACT_COUNT.POSTINGS).as("postings");
        return dsl.select(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY, postings)
                .from(FACT_COUNT)
                .join(TERM).on(TERM.ID.eq(FACT_COUNT.SUBJECT))
                .where(FACT_COUNT.METRIC.eq(Fact.TERM_WEEK))
                .and(inPeriod(FACT_COUNT.PERIOD, period, Grain.WEEK))
                .and(ofCategory)
                .groupBy(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY)
                .orderBy(postings.desc(), TERM.ID)
                .limit(limit)
                .fetch();
    }

    public List<TrendPoint> trend(String termId, Period period, Grain grain) {
        return trend(termId, period, grain, Filters.NONE);
    }

    /**
     * Every bucket of the period that has postings, with the term's count (0 when unmentioned) and share. With
     * filters the grain must be {@link Grain#MONTH}: the cube is kept per month.
     */
    public List<TrendPoint> trend(String termId, Period period, Grain grain, Filters filters) {
        if (filters.isEmpty()) {
            FactCount all = FACT_COUNT.as("all_postings");
            FactCount term = FACT_COUNT.as("term_postings");
            Field<Long> mentioned = coalesce(term.POSTINGS, 0L);
            return dsl.select(all.PERIOD, mentioned, all.POSTINGS)
                    .from(all)
                    .leftJoin(term)
                    .on(term.METRIC.eq(grain.termMetric))
                    .and(term.PERIOD.eq(all.PERIOD))
                    .and(term.SUBJECT.eq(termId))
                    .and(term.DIMENSION.eq(""))
                    .where(all.METRIC.eq(grain.postingsMetric))
                    .and(inPeriod(all.PERIOD, period, grain))
                    .orderBy(all.PERIOD)
                    .fetch(r -> new TrendPoint(r.value1(), r.value2(), r.value3(), share(r.value2(), r.value3())));
        }
        if (grain != Grain.MONTH) {
            throw new IllegalArgumentException("filtered trends are counted per month");
        }
        Map<LocalDate, Long> all = cubeByMonth(CUBE_MONTH.POSTINGS, period, filters);
        Map<LocalDate, Long> term = cubeByMonth(element(CUBE_MONTH.TERM_POSTINGS, termId), period, filters);
        return all.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    long mentioned = term.getOrDefault(e.getKey(), 0L);
                    return new TrendPoint(e.getKey(), mentioned, e.getValue(), share(mentioned, e.getValue()));
                })
                .toList();
    }

    /** Every skill's count and share in every bucket of the period, for export; optionally one category. */
    public List<SkillTrendRow> allTrends(Period period, Grain grain, String category) {
        FactCount all = FACT_COUNT.as("all_postings");
        FactCount term = FACT_COUNT.as("term_postings");
        return dsl.select(all.PERIOD, TERM.ID, TERM.LABEL, TERM.CATEGORY, term.POSTINGS, all.POSTINGS)
                .from(term)
                .join(all).on(all.METRIC.eq(grain.postingsMetric)).and(all.PERIOD.eq(term.PERIOD))
                .join(TERM).on(TERM.ID.eq(term.SUBJECT))
                .where(term.METRIC.eq(grain.termMetric))
                .and(inPeriod(term.PERIOD, period, grain))
                .and(category == null ? noCondition() : TERM.CATEGORY.eq(category))
                .orderBy(all.PERIOD, TERM.ID)
                .fetch(r -> new SkillTrendRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        share(r.value5(), r.value6())));
    }

    /** Terms most often mentioned together with {@code termId} in the period's months, from its co-occurrence vectors. */
    public List<RelatedSkill> related(String termId, Period period, int limit) {
        long withTerm = sumOf(Fact.TERM_MONTH, termId, period, Grain.MONTH);
        long all = sumOf(Fact.POSTINGS_MONTH, "", period, Grain.MONTH);
        Map<String, Long> termTotals = termTotals(period, Fact.TERM_MONTH, Grain.MONTH);
        Map<String, Long> together = byTerm(sumVectors(dsl.select(COOCCURRENCE_MONTH.TERM_POSTINGS)
                .from(COOCCURRENCE_MONTH)
                .where(COOCCURRENCE_MONTH.TERM_ID.eq(termId))
                .and(inPeriod(COOCCURRENCE_MONTH.MONTH, period, Grain.MONTH))));
        return dsl.select(TERM.ID, TERM.LABEL, TERM.CATEGORY)
                .from(TERM)
                .where(TERM.ID.in(together.keySet()))
                .fetch()
                .stream()
                .sorted(Comparator.comparing((Record3<String, String, String> r) -> together.get(r.value1()))
                        .reversed().thenComparing(r -> r.value1()))
                .limit(limit)
                .map(r -> {
                    long count = together.get(r.value1());
                    double share = share(count, withTerm);
                    double base = share(termTotals.getOrDefault(r.value1(), 0L), all);
                    return new RelatedSkill(r.value1(), r.value2(), r.value3(), count, share,
                            base == 0 ? 0 : share / base);
                })
                .toList();
    }

    /**
     * Postings per value of a monthly breakdown (country, region, seniority, education-required,
     * education-preferred, experience); with {@code termId}, also the share of each value's postings mentioning it.
     */
    public List<BreakdownRow> breakdown(String dimension, String termId, Period period) {
        Map<String, Long> postings = byDimension(Fact.POSTINGS_BY + dimension, "", period);
        long total = postings.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> mentioning = termId == null ? Map.of() : mentioningBy(dimension, termId, period);
        return postings.entrySet().stream()
                .map(e -> {
                    long withTerm = mentioning.getOrDefault(e.getKey(), 0L);
                    return new BreakdownRow(e.getKey(), e.getValue(), withTerm,
                            termId == null ? share(e.getValue(), total) : share(withTerm, e.getValue()));
                })
                .sorted(Comparator.comparingLong(BreakdownRow::postings).reversed().thenComparing(BreakdownRow::value))
                .toList();
    }

    /** Posting ids against distinct jobs in the period. */
    public Intensity intensity(Period period) {
        long raw = sumOf(Fact.RAW_POSTINGS_WEEK, "", period, Grain.WEEK);
        long postings = totalPostings(period);
        return new Intensity(raw, postings, share(raw, postings));
    }

    /** Counted postings of the period's months by number of copies, fewest first. */
    public List<CopiesRow> copiesDistribution(Period period) {
        return byDimension(FactTally.POSTINGS_BY_COPIES, "", period).entrySet().stream()
                .map(e -> new CopiesRow(Integer.parseInt(e.getKey()), e.getValue().intValue()))
                .sorted(Comparator.comparingInt(CopiesRow::copies))
                .toList();
    }

    /** The posting with this id if it is counted; empty when it is unknown, deleted, or a copy of another id. */
    public Optional<CountedPostingRow> countedPosting(String id) {
        return dsl.select(COUNTED_POSTING.MONTH, COUNTED_POSTING.COPIES, COUNTED_POSTING.TERMS)
                .from(COUNTED_POSTING)
                .where(COUNTED_POSTING.POSTING_ID.eq(id))
                .orderBy(COUNTED_POSTING.MONTH.desc())
                .limit(1)
                .fetchOptional(r -> new CountedPostingRow(id, r.value1(), r.value2(), List.of(r.value3())));
    }

    public boolean termExists(String termId) {
        return dsl.fetchExists(TERM, TERM.ID.eq(termId));
    }

    /** First and last ISO week with postings, if any. */
    public Optional<Period> coverage() {
        Record2<LocalDate, LocalDate> r = dsl.select(min(FACT_COUNT.PERIOD), max(FACT_COUNT.PERIOD))
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(Fact.POSTINGS_WEEK))
                .and(FACT_COUNT.SUBJECT.eq(""))
                .fetchOne();
        return r == null || r.value1() == null ? Optional.empty()
                : Optional.of(new Period(r.value1(), r.value2().plusDays(6)));
    }

    private Map<String, Long> byDimension(String metric, String subject, Period period) {
        Field<BigDecimal> postings = sum(FACT_COUNT.POSTINGS);
        return dsl.select(FACT_COUNT.DIMENSION, postings)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(metric))
                .and(FACT_COUNT.SUBJECT.eq(subject))
                .and(inPeriod(FACT_COUNT.PERIOD, period, Grain.MONTH))
                .groupBy(FACT_COUNT.DIMENSION)
                .fetchMap(FACT_COUNT.DIMENSION, r -> r.value2().longValue());
    }

    /** Counted postings of the period's months mentioning {@code termId}, per value of the breakdown. */
    private Map<String, Long> mentioningBy(String dimension, String termId, Period period) {
        Field<String> column = CUBE_COLUMNS.get(dimension);
        if (column == null) {
            if (!FactTally.BREAKDOWNS.containsKey(dimension)) {
                throw new IllegalArgumentException("no breakdown " + dimension + "; known: " + Dimensions.ALL);
            }
            Field<BigDecimal> postings = sum(element(BREAKDOWN_MONTH.TERM_POSTINGS, termId));
            return dsl.select(BREAKDOWN_MONTH.VALUE, postings)
                    .from(BREAKDOWN_MONTH)
                    .where(BREAKDOWN_MONTH.DIMENSION.eq(dimension))
                    .and(inPeriod(BREAKDOWN_MONTH.MONTH, period, Grain.MONTH))
                    .groupBy(BREAKDOWN_MONTH.VALUE)
                    .fetchMap(BREAKDOWN_MONTH.VALUE, r -> r.value2().longValue());
        }
        Field<BigDecimal> postings = sum(element(CUBE_MONTH.TERM_POSTINGS, termId));
        return dsl.select(column, postings)
                .from(CUBE_MONTH)
                .where(inPeriod(CUBE_MONTH.MONTH, period, Grain.MONTH))
                .groupBy(column)
                .fetchMap(column, r -> r.value2().longValue());
    }

    private Map<String, Long> termTotals(Period period, Filters filters) {
        return filters.isEmpty() ? termTotals(period, Fact.TERM_WEEK, Grain.WEEK) : cubeTermTotals(period, filters);
    }

    private Map<String, Long> termTotals(Period period, String metric, Grain grain) {
        Field<BigDecimal> postings = sum(FACT_COUNT.POSTINGS);
        return dsl.select(FACT_COUNT.SUBJECT, postings)
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(metric))
                .and(inPeriod(FACT_COUNT.PERIOD, period, grain))
                .groupBy(FACT_COUNT.SUBJECT)
                .fetchMap(FACT_COUNT.SUBJECT, r -> r.value2().longValue());
    }

    /** Postings per term in the cube's cells matching the filters, in the period's months (terms at 0 left out). */
    private Map<String, Long> cubeTermTotals(Period period, Filters filters) {
        return byTerm(sumVectors(dsl.select(CUBE_MONTH.TERM_POSTINGS)
                .from(CUBE_MONTH)
                .where(inPeriod(CUBE_MONTH.MONTH, period, Grain.MONTH))
                .and(matching(filters))));
    }

    private long cubeTotal(Period period, Filters filters) {
        BigDecimal total = dsl.select(sum(CUBE_MONTH.POSTINGS))
                .from(CUBE_MONTH)
                .where(inPeriod(CUBE_MONTH.MONTH, period, Grain.MONTH))
                .and(matching(filters))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValue();
    }

    private Map<LocalDate, Long> cubeByMonth(Field<Long> counted, Period period, Filters filters) {
        Field<BigDecimal> postings = sum(counted);
        return dsl.select(CUBE_MONTH.MONTH, postings)
                .from(CUBE_MONTH)
                .where(inPeriod(CUBE_MONTH.MONTH, period, Grain.MONTH))
                .and(matching(filters))
                .groupBy(CUBE_MONTH.MONTH)
                .fetchMap(CUBE_MONTH.MONTH, r -> r.value2().longValue());
    }

    /**
     * A term's element of a vector column (0 beyond the vector's end, and for a term never counted: it has no
     * ordinal yet, and null[] is null).
     */
    private static Field<Long> element(Field<Long[]> vector, String termId) {
        return TermVectors.element(vector,
                DSL.select(TERM_ORDINAL.ORDINAL).from(TERM_ORDINAL).where(TERM_ORDINAL.TERM_ID.eq(termId)).asField());
    }

    /** The element-wise sum of the vectors a query returns (indexed from 0: ordinal 1 at 0). */
    private static long[] sumVectors(ResultQuery<Record1<Long[]>> vectors) {
        long[] sum = new long[0];
        for (Record1<Long[]> r : vectors) {
            sum = TermVectors.plus(sum, r.value1());
        }
        return sum;
    }

    /** A summed vector as counts per term id, terms at 0 left out. */
    private Map<String, Long> byTerm(long[] sum) {
        Map<String, Long> counts = new HashMap<>();
        dsl.select(TERM_ORDINAL.TERM_ID, TERM_ORDINAL.ORDINAL)
                .from(TERM_ORDINAL)
                .where(TERM_ORDINAL.ORDINAL.le(sum.length))
                .forEach(r -> {
                    long n = sum[r.value2() - 1];
                    if (n != 0) {
                        counts.put(r.value1(), n);
                    }
                });
        return counts;
    }

    /** The cube cells of the filters' country, region and seniority. */
    static Condition matching(Filters filters) {
        Condition c = noCondition();
        if (filters.country() != null) {
            c = c.and(CUBE_MONTH.COUNTRY.eq(filters.country()));
        }
        if (filters.region() != null) {
            c = c.and(CUBE_MONTH.REGION.eq(filters.region()));
        }
        if (filters.seniority() != null) {
            c = c.and(CUBE_MONTH.SENIORITY.eq(filters.seniority()));
        }
        return c;
    }

    private long sumOf(String metric, String subject, Period period, Grain grain) {
        BigDecimal total = dsl.select(sum(FACT_COUNT.POSTINGS))
                .from(FACT_COUNT)
                .where(FACT_COUNT.METRIC.eq(metric))
                .and(FACT_COUNT.SUBJECT.eq(subject))
                .and(FACT_COUNT.DIMENSION.eq(""))
                .and(inPeriod(FACT_COUNT.PERIOD, period, grain))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValue();
    }

    private static Condition inPeriod(Field<LocalDate> bucket, Period period, Grain grain) {
        Condition c = noCondition();
        if (period.from() != null) {
            c = c.and(bucket.ge(grain.bucketOf(period.from())));
        }
        if (period.to() != null) {
            c = c.and(bucket.le(grain.bucketOf(period.to())));
        }
        return c;
    }

    private static double share(long part, long total) {
        return total == 0 ? 0.0 : (double) part / total;
    }
}

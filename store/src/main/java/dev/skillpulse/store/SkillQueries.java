package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.TERM;
import static dev.skillpulse.store.jooq.Tables.TERM_CUBE_MONTH;
import static dev.skillpulse.store.jooq.Tables.TERM_PAIR_MONTH;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Read side for the dashboard: top terms, trends, related terms and breakdowns, as counts and shares of postings.
 * Every answer reads summaries whose size depends on terms x periods x breakdown values, never on the number of
 * postings: fact_count (weekly and monthly counts, breakdowns), term_pair_month (co-occurrence) and
 * term_cube_month (counts by country, region and seniority, for filters). See docs/read-model.md.
 */
public final class SkillQueries {
    /** The cube's column for each breakdown it holds. */
    private static final Map<String, Field<String>> CUBE_COLUMNS = Map.of(
            Dimensions.COUNTRY, TERM_CUBE_MONTH.COUNTRY,
            Dimensions.REGION, TERM_CUBE_MONTH.REGION,
            Dimensions.SENIORITY, TERM_CUBE_MONTH.SENIORITY);
    /** All postings in the cube. */
    private static final String ALL_POSTINGS = "";

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
        return filters.isEmpty() ? totalPostings(period) : cubeTotal(ALL_POSTINGS, period, filters);
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
        return termTotalsQuery(period, filters, category, limit)
                .fetch(r -> SkillShare.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue(),
                        share(r.value5().longValue(), total),
                        totalBefore == 0 ? null : share(countsBefore.getOrDefault(r.value1(), 0L), totalBefore)));
    }

    /** Term ids with their postings in the period, most first. */
    private ResultQuery<Record5<String, String, String, String, BigDecimal>> termTotalsQuery(
            Period period, Filters filters, String category, int limit) {
        Field<BigDecimal> postings;
        Table<?> from;
        Field<String> subject;
        Condition where;
        if (filters.isEmpty()) {
            postings = sum(FACT_COUNT.POSTINGS).as("postings");
            from = FACT_COUNT;
            subject = FACT_COUNT.SUBJECT;
            where = FACT_COUNT.METRIC.eq(Fact.TERM_WEEK).and(inPeriod(FACT_COUNT.PERIOD, period, Grain.WEEK));
        } else {
            postings = sum(TERM_CUBE_MONTH.POSTINGS).as("postings");
            from = TERM_CUBE_MONTH;
            subject = TERM_CUBE_MONTH.TERM_ID;
            where = TERM_CUBE_MONTH.TERM_ID.ne(ALL_POSTINGS)
                    .and(inPeriod(TERM_CUBE_MONTH.MONTH, period, Grain.MONTH))
                    .and(matching(filters));
        }
        return dsl.select(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY, postings)
                .from(from)
                .join(TERM).on(TERM.ID.eq(subject))
                .where(where)
                .and(category == null ? noCondition() : TERM.CATEGORY.eq(category))
                .groupBy(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY)
                .orderBy(postings.desc(), TERM.ID)
                .limit(limit);
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
        Map<LocalDate, Long> all = cubeByMonth(ALL_POSTINGS, period, filters);
        Map<LocalDate, Long> term = cubeByMonth(termId, period, filters);
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

    /**
     * Terms most often mentioned together with {@code termId} in the period's months, from the monthly pair counts
     * (each pair is stored once, so {@code termId} is looked up on either side).
     */
    public List<RelatedSkill> related(String termId, Period period, int limit) {
        long withTerm = sumOf(Fact.TERM_MONTH, termId, period, Grain.MONTH);
        long all = sumOf(Fact.POSTINGS_MONTH, "", period, Grain.MONTH);
        Map<String, Long> termTotals = termTotals(period, Fact.TERM_MONTH, Grain.MONTH);
        Condition months = inPeriod(TERM_PAIR_MONTH.MONTH, period, Grain.MONTH);
        Select<Record2<String, Long>> pairs = dsl.select(TERM_PAIR_MONTH.TERM_B.as("other"), TERM_PAIR_MONTH.POSTINGS)
                .from(TERM_PAIR_MONTH)
                .where(TERM_PAIR_MONTH.TERM_A.eq(termId)).and(months)
                .unionAll(dsl.select(TERM_PAIR_MONTH.TERM_A.as("other"), TERM_PAIR_MONTH.POSTINGS)
                        .from(TERM_PAIR_MONTH)
                        .where(TERM_PAIR_MONTH.TERM_B.eq(termId)).and(months));
        Field<String> other = DSL.field(DSL.name("p", "other"), String.class);
        Field<BigDecimal> together = sum(DSL.field(DSL.name("p", "postings"), Long.class)).as("together");
        return dsl.select(TERM.ID, TERM.LABEL, TERM.CATEGORY, together)
                .from(pairs.asTable("p"))
                .join(TERM).on(TERM.ID.eq(other))
                .groupBy(TERM.ID, TERM.LABEL, TERM.CATEGORY)
                .orderBy(together.desc(), TERM.ID)
                .limit(limit)
                .fetch(r -> {
                    long count = r.value4().longValue();
                    double share = share(count, withTerm);
                    double base = share(termTotals.getOrDefault(r.value1(), 0L), all);
                    return new RelatedSkill(r.value1(), r.value2(), r.value3(), count, share,
                            base == 0 ? 0 : share / base);
                });
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
            if (!FactTally.TERM_FACT_DIMENSIONS.contains(dimension)) {
                throw new IllegalArgumentException("no breakdown " + dimension + "; known: " + Dimensions.ALL);
            }
            return byDimension(FactTally.TERM_BY + dimension, termId, period);
        }
        Field<BigDecimal> postings = sum(TERM_CUBE_MONTH.POSTINGS);
        return dsl.select(column, postings)
                .from(TERM_CUBE_MONTH)
                .where(TERM_CUBE_MONTH.TERM_ID.eq(termId))
                .and(inPeriod(TERM_CUBE_MONTH.MONTH, period, Grain.MONTH))
                .groupBy(column)
                .fetchMap(column, r -> r.value2().longValue());
    }

    private Map<String, Long> termTotals(Period period, Filters filters) {
        return filters.isEmpty() ? termTotals(period, Fact.TERM_WEEK, Grain.WEEK)
                : termTotalsQuery(period, filters, null, Integer.MAX_VALUE)
                        .fetchMap(r -> r.value1(), r -> r.value5().longValue());
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

    private long cubeTotal(String termId, Period period, Filters filters) {
        BigDecimal total = dsl.select(sum(TERM_CUBE_MONTH.POSTINGS))
                .from(TERM_CUBE_MONTH)
                .where(TERM_CUBE_MONTH.TERM_ID.eq(termId))
                .and(inPeriod(TERM_CUBE_MONTH.MONTH, period, Grain.MONTH))
                .and(matching(filters))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValue();
    }

    private Map<LocalDate, Long> cubeByMonth(String termId, Period period, Filters filters) {
        Field<BigDecimal> postings = sum(TERM_CUBE_MONTH.POSTINGS);
        return dsl.select(TERM_CUBE_MONTH.MONTH, postings)
                .from(TERM_CUBE_MONTH)
                .where(TERM_CUBE_MONTH.TERM_ID.eq(termId))
                .and(inPeriod(TERM_CUBE_MONTH.MONTH, period, Grain.MONTH))
                .and(matching(filters))
                .groupBy(TERM_CUBE_MONTH.MONTH)
                .fetchMap(TERM_CUBE_MONTH.MONTH, r -> r.value2().longValue());
    }

    private static Condition matching(Filters filters) {
        Condition c = noCondition();
        if (filters.country() != null) {
            c = c.and(TERM_CUBE_MONTH.COUNTRY.eq(filters.country()));
        }
        if (filters.region() != null) {
            c = c.and(TERM_CUBE_MONTH.REGION.eq(filters.region()));
        }
        if (filters.seniority() != null) {
            c = c.and(TERM_CUBE_MONTH.SENIORITY.eq(filters.seniority()));
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

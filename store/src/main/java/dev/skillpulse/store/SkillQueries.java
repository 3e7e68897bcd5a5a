package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.TERM;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.unnest;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.store.jooq.tables.FactCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Read side for the dashboard: top terms, trends, related terms and breakdowns, as counts and shares of postings. */
public final class SkillQueries {
    /** The column of counted_posting holding each breakdown's value (see {@link Dimensions}). */
    private static final Map<String, Field<String>> BREAKDOWN_COLUMNS = Map.of(
            Dimensions.COUNTRY, COUNTED_POSTING.COUNTRY,
            Dimensions.REGION, COUNTED_POSTING.REGION,
            Dimensions.SENIORITY, COUNTED_POSTING.SENIORITY,
            Dimensions.EDUCATION_REQUIRED, COUNTED_POSTING.EDUCATION_REQUIRED,
            Dimensions.EDUCATION_PREFERRED, COUNTED_POSTING.EDUCATION_PREFERRED,
            Dimensions.EXPERIENCE, COUNTED_POSTING.EXPERIENCE,
            Dimensions.INDUSTRY, COUNTED_POSTING.INDUSTRY);

    private final DSLContext dsl;

    public SkillQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Postings whose ISO week lies in the period (reposts counted once). */
    public long totalPostings(Period period) {
        return sumOf(Fact.POSTINGS_WEEK, "", period, Grain.WEEK);
    }

    /**
     * The most mentioned terms in the period, optionally of one category, most postings first, each with its share
     * in the period of the same length just before (when the period is bounded and there were postings then).
     */
    public List<SkillShare> topSkills(Period period, String category, int limit) {
        long total = totalPostings(period);
        Optional<Period> before = period.before();
        long totalBefore = before.map(this::totalPostings).orElse(0L);
        Map<String, Long> countsBefore = before.isEmpty() || totalBefore == 0 ? Map.of()
                : termTotals(before.get(), Fact.TERM_WEEK, Grain.WEEK);
        Field<BigDecimal> postings = sum(FACT_COUNT.POSTINGS).as("postings");
        return dsl.select(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY, postings)
                .from(FACT_COUNT)
                .join(TERM).on(TERM.ID.eq(FACT_COUNT.SUBJECT))
                .where(FACT_COUNT.METRIC.eq(Fact.TERM_WEEK))
                .and(inPeriod(FACT_COUNT.PERIOD, period, Grain.WEEK))
                .and(category == null ? noCondition() : TERM.CATEGORY.eq(category))
                .groupBy(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY)
                .orderBy(postings.desc(), TERM.ID)
                .limit(limit)
                .fetch(r -> SkillShare.of(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue(),
                        share(r.value5().longValue(), total),
                        totalBefore == 0 ? null : share(countsBefore.getOrDefault(r.value1(), 0L), totalBefore)));
    }

    /** Every bucket of the period that has postings, with the term's count (0 when unmentioned) and share. */
    public List<TrendPoint> trend(String termId, Period period, Grain grain) {
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

    /** Terms most often mentioned together with {@code termId} in the period's months. */
    public List<RelatedSkill> related(String termId, Period period, int limit) {
        long withTerm = sumOf(Fact.TERM_MONTH, termId, period, Grain.MONTH);
        long all = sumOf(Fact.POSTINGS_MONTH, "", period, Grain.MONTH);
        Map<String, Long> termTotals = termTotals(period, Fact.TERM_MONTH, Grain.MONTH);
        Field<String> other = DSL.field(DSL.name("other", "term_id"), String.class);
        Field<Integer> together = count().as("together");
        // Each counted posting's row holds its terms: the postings with termId, then each of their other terms.
        return dsl.select(TERM.ID, TERM.LABEL, TERM.CATEGORY, together)
                .from(COUNTED_POSTING)
                .crossJoin(unnest(COUNTED_POSTING.TERMS).as("other", "term_id"))
                .join(TERM).on(TERM.ID.eq(other))
                .where(COUNTED_POSTING.TERMS.contains(new String[] {termId}))
                .and(other.ne(termId))
                .and(inPeriod(COUNTED_POSTING.MONTH, period, Grain.MONTH))
                .groupBy(TERM.ID, TERM.LABEL, TERM.CATEGORY)
                .orderBy(together.desc(), TERM.ID)
                .limit(limit)
                .fetch(r -> {
                    double share = share(r.value4(), withTerm);
                    double base = share(termTotals.getOrDefault(r.value1(), 0L), all);
                    return new RelatedSkill(r.value1(), r.value2(), r.value3(), r.value4(), share,
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
                .sorted((x, y) -> Long.compare(y.postings(), x.postings()))
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
        Field<Integer> postings = count().as("postings");
        return dsl.select(COUNTED_POSTING.COPIES, postings)
                .from(COUNTED_POSTING)
                .where(inPeriod(COUNTED_POSTING.MONTH, period, Grain.MONTH))
                .groupBy(COUNTED_POSTING.COPIES)
                .orderBy(COUNTED_POSTING.COPIES)
                .fetch(r -> new CopiesRow(r.value1(), r.value2()));
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
        Field<String> value = BREAKDOWN_COLUMNS.get(dimension);
        if (value == null) {
            throw new IllegalArgumentException("no breakdown " + dimension + "; known: " + BREAKDOWN_COLUMNS.keySet());
        }
        Field<Integer> postings = count();
        return dsl.select(value, postings)
                .from(COUNTED_POSTING)
                .where(COUNTED_POSTING.TERMS.contains(new String[] {termId}))
                .and(inPeriod(COUNTED_POSTING.MONTH, period, Grain.MONTH))
                .groupBy(value)
                .fetchMap(value, r -> r.value2().longValue());
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

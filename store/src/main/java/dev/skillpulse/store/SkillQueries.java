package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.TERM;
import static dev.skillpulse.store.jooq.Tables.WEEK_POSTINGS;
import static dev.skillpulse.store.jooq.Tables.WEEK_TERM_POSTINGS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import dev.skillpulse.streams.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/** Read side for the dashboard: top terms and weekly trends as counts and shares of postings. */
public final class SkillQueries {
    private final DSLContext dsl;

    public SkillQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All live postings whose ISO week lies in the period. */
    public long totalPostings(Period period) {
        BigDecimal total = dsl.select(sum(WEEK_POSTINGS.POSTINGS))
                .from(WEEK_POSTINGS)
                .where(inPeriod(WEEK_POSTINGS.WEEK_START, period))
                .fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValue();
    }

    /** The most mentioned terms in the period, optionally of one category, most postings first. */
    public List<SkillShare> topSkills(Period period, String category, int limit) {
        long total = totalPostings(period);
        Field<BigDecimal> postings = sum(WEEK_TERM_POSTINGS.POSTINGS).as("postings");
        return dsl.select(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY, postings)
                .from(WEEK_TERM_POSTINGS)
                .join(TERM).on(TERM.ID.eq(WEEK_TERM_POSTINGS.TERM_ID))
                .where(inPeriod(WEEK_TERM_POSTINGS.WEEK_START, period))
                .and(category == null ? noCondition() : TERM.CATEGORY.eq(category))
                .groupBy(TERM.ID, TERM.LABEL, TERM.TYPE, TERM.CATEGORY)
                .orderBy(postings.desc(), TERM.ID)
                .limit(limit)
                .fetch(r -> new SkillShare(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue(),
                        share(r.value5().longValue(), total)));
    }

    /** Every week of the period that has postings, with the term's count (0 when unmentioned) and share. */
    public List<TrendPoint> trend(String termId, Period period) {
        Field<Long> mentioned = coalesce(WEEK_TERM_POSTINGS.POSTINGS, 0L);
        return dsl.select(WEEK_POSTINGS.WEEK_START, mentioned, WEEK_POSTINGS.POSTINGS)
                .from(WEEK_POSTINGS)
                .leftJoin(WEEK_TERM_POSTINGS)
                .on(WEEK_TERM_POSTINGS.WEEK_START.eq(WEEK_POSTINGS.WEEK_START))
                .and(WEEK_TERM_POSTINGS.TERM_ID.eq(termId))
                .where(inPeriod(WEEK_POSTINGS.WEEK_START, period))
                .orderBy(WEEK_POSTINGS.WEEK_START)
                .fetch(r -> new TrendPoint(r.value1(), r.value2(), r.value3(), share(r.value2(), r.value3())));
    }

    public boolean termExists(String termId) {
        return dsl.fetchExists(TERM, TERM.ID.eq(termId));
    }

    /** First and last week with postings, if any. */
    public Optional<Period> coverage() {
        Record2<LocalDate, LocalDate> r = dsl.select(min(WEEK_POSTINGS.WEEK_START), max(WEEK_POSTINGS.WEEK_START))
                .from(WEEK_POSTINGS)
                .fetchOne();
        return r == null || r.value1() == null ? Optional.empty() : Optional.of(new Period(r.value1(), r.value2()));
    }

    private static Condition inPeriod(Field<LocalDate> weekStart, Period period) {
        Condition c = noCondition();
        if (period.from() != null) {
            c = c.and(weekStart.ge(Fact.weekOf(period.from())));
        }
        if (period.to() != null) {
            c = c.and(weekStart.le(Fact.weekOf(period.to())));
        }
        return c;
    }

    private static double share(long part, long total) {
        return total == 0 ? 0.0 : (double) part / total;
    }
}

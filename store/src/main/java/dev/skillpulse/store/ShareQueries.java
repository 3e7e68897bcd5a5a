package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.unnest;

import dev.skillpulse.contract.Dimensions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * Shares of postings per month counted at query time over the counted postings (one row per posting with its terms
 * and breakdown values, reposts collapsed, deleted postings gone): postings per group of terms (a posting counts once
 * per group), per breakdown value and per term, within a {@link PostingSlice}. Counting here rather than in
 * projected facts keeps groups in the taxonomy file (a changed group needs no rebuild of the counts) and lets every
 * reading be sliced by country, region and seniority; it costs one scan of the period's counted postings, as the
 * related-skills query already does.
 */
public final class ShareQueries {
    private final DSLContext dsl;

    public ShareQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every month of the period that has postings in the slice, with each group's postings (0 when none). */
    public List<GroupMonth> groupsByMonth(Period period, PostingSlice slice, List<TermGroup> groups) {
        List<SelectField<?>> fields = new ArrayList<>();
        fields.add(COUNTED_POSTING.MONTH);
        fields.add(count());
        for (TermGroup g : groups) {
            fields.add(count().filterWhere(mentions(g)));
        }
        return dsl.select(fields)
                .from(COUNTED_POSTING)
                .where(where(period, slice))
                .groupBy(COUNTED_POSTING.MONTH)
                .orderBy(COUNTED_POSTING.MONTH)
                .fetch(r -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (int i = 0; i < groups.size(); i++) {
                        counts.put(groups.get(i).name(), r.get(i + 2, Long.class));
                    }
                    return new GroupMonth(r.get(COUNTED_POSTING.MONTH), r.get(1, Long.class), counts);
                });
    }

    /** Postings of the period in the slice. */
    public long postings(Period period, PostingSlice slice) {
        return dsl.fetchCount(COUNTED_POSTING, where(period, slice));
    }

    /** Postings of the period in the slice per value of a breakdown ({@link Dimensions}), most first. */
    public List<ValueCount> byDimension(String dimension, Period period, PostingSlice slice) {
        Field<String> column = column(dimension);
        long total = postings(period, slice);
        Field<Integer> postings = count().as("postings");
        return dsl.select(column, postings)
                .from(COUNTED_POSTING)
                .where(where(period, slice))
                .groupBy(column)
                .orderBy(postings.desc(), column)
                .fetch(r -> new ValueCount(r.value1(), r.value2(), share(r.value2(), total)));
    }

    /** Per month, postings of the slice per value of a breakdown. */
    public Map<LocalDate, Map<String, Long>> byDimensionPerMonth(String dimension, Period period, PostingSlice slice) {
        Field<String> column = column(dimension);
        Map<LocalDate, Map<String, Long>> months = new TreeMap<>();
        dsl.select(COUNTED_POSTING.MONTH, column, count())
                .from(COUNTED_POSTING)
                .where(where(period, slice))
                .groupBy(COUNTED_POSTING.MONTH, column)
                .forEach(r -> months.computeIfAbsent(r.value1(), m -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return months;
    }

    /** Per term, per month: postings of the slice mentioning it (terms never mentioned are absent). */
    public Map<String, Map<LocalDate, Long>> termsByMonth(Period period, PostingSlice slice) {
        Field<String> term = DSL.field(DSL.name("t", "term_id"), String.class);
        Map<String, Map<LocalDate, Long>> terms = new TreeMap<>();
        dsl.select(term, COUNTED_POSTING.MONTH, count())
                .from(COUNTED_POSTING)
                .crossJoin(unnest(COUNTED_POSTING.TERMS).as("t", "term_id"))
                .where(where(period, slice))
                .groupBy(term, COUNTED_POSTING.MONTH)
                .forEach(r -> terms.computeIfAbsent(r.value1(), t -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return terms;
    }

    private static Condition mentions(TermGroup g) {
        Condition c = DSL.arrayOverlap(COUNTED_POSTING.TERMS, g.anyOf().toArray(String[]::new));
        if (!g.noneOf().isEmpty()) {
            c = c.andNot(DSL.arrayOverlap(COUNTED_POSTING.TERMS, g.noneOf().toArray(String[]::new)));
        }
        return c;
    }

    private static Condition where(Period period, PostingSlice slice) {
        Condition c = noCondition();
        if (period.from() != null) {
            c = c.and(COUNTED_POSTING.MONTH.ge(Grain.MONTH.bucketOf(period.from())));
        }
        if (period.to() != null) {
            c = c.and(COUNTED_POSTING.MONTH.le(Grain.MONTH.bucketOf(period.to())));
        }
        return c.and(slice.condition());
    }

    private static Field<String> column(String dimension) {
        Field<?> f = COUNTED_POSTING.field(dimension.replace('-', '_'));
        if (f == null || f.getType() != String.class || !Dimensions.ALL.contains(dimension)) {
            throw new IllegalArgumentException("no breakdown " + dimension + "; known: " + Dimensions.ALL);
        }
        @SuppressWarnings("unchecked")
        Field<String> column = (Field<String>) f;
        return column;
    }

    static double share(long part, long total) {
        return total == 0 ? 0.0 : (double) part / total;
    }

}

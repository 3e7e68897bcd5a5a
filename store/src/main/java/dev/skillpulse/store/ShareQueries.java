package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.CUBE_MONTH;
import static dev.skillpulse.store.jooq.Tables.SLICE_MONTH;
import static dev.skillpulse.store.jooq.Tables.TERM_ORDINAL;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import dev.skillpulse.contract.CountDeltas.SliceCell;
import dev.skillpulse.contract.Dimensions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Shares of postings per month within a {@link PostingSlice}: postings per group of terms (a posting counts once
 * per group), per breakdown value and per term. Read from the cube's vectors, which count each posting's terms, its
 * groups ({@link TermGroups}) and its breakdown values ({@code experience:2-4}): a slice by country, region or
 * seniority sums the matching cells of {@code cube_month}; all postings, or one industry, read one row a month of
 * {@code slice_month}. An industry does not combine with the other filters (the cube is not kept per industry: it
 * would be about nine times bigger). Nothing here reads the per-posting rows.
 */
public final class ShareQueries {
    /** Breakdowns counted as elements of the cube's vectors. */
    private static final List<String> ELEMENT_DIMENSIONS = List.copyOf(FactTally.BREAKDOWNS.keySet());
    private static final Map<String, Field<String>> CUBE_COLUMNS = Map.of(
            Dimensions.COUNTRY, CUBE_MONTH.COUNTRY,
            Dimensions.REGION, CUBE_MONTH.REGION,
            Dimensions.SENIORITY, CUBE_MONTH.SENIORITY);

    private final DSLContext dsl;
    private final TermGroups groups;

    /** {@code groups}: the groups the projector counts (the same {@link TermGroups#of} the taxonomy). */
    public ShareQueries(DSLContext dsl, TermGroups groups) {
        this.dsl = dsl;
        this.groups = groups;
    }

    /** Where a slice's postings are summed: the rows of a cube table matching the slice and period. */
    private record Source(Table<?> table, Field<LocalDate> month, Field<Long> postings, Field<Long[]> vector,
            Condition where) {
    }

    private static Source source(Period period, PostingSlice slice) {
        boolean cellFilter = slice.country() != null || slice.region() != null || slice.seniority() != null;
        if (slice.industry() != null && cellFilter) {
            throw new IllegalArgumentException("an industry combines with no country, region or seniority");
        }
        if (cellFilter) {
            Condition c = inPeriod(CUBE_MONTH.MONTH, period)
                    .and(SkillQueries.matching(new Filters(slice.country(), slice.region(), slice.seniority())));
            return new Source(CUBE_MONTH, CUBE_MONTH.MONTH, CUBE_MONTH.POSTINGS, CUBE_MONTH.TERM_POSTINGS, c);
        }
        Condition c = slice.industry() == null
                ? SLICE_MONTH.SLICE.eq(SliceCell.ALL).and(SLICE_MONTH.VALUE.eq(""))
                : SLICE_MONTH.SLICE.eq(SliceCell.INDUSTRY).and(SLICE_MONTH.VALUE.eq(slice.industry()));
        return new Source(SLICE_MONTH, SLICE_MONTH.MONTH, SLICE_MONTH.POSTINGS, SLICE_MONTH.TERM_POSTINGS,
                c.and(inPeriod(SLICE_MONTH.MONTH, period)));
    }

    /** Every month of the period that has postings in the slice, with each group's postings (0 when none). */
    public List<GroupMonth> groupsByMonth(Period period, PostingSlice slice, List<TermGroup> wanted) {
        Source s = source(period, slice);
        Map<String, Integer> ordinals = ordinals(wanted.stream().map(groups::elementOf).toList());
        List<SelectField<?>> fields = new ArrayList<>();
        fields.add(s.month());
        fields.add(sum(s.postings()));
        for (TermGroup g : wanted) {
            fields.add(sum(element(s.vector(), ordinals.get(groups.elementOf(g)))));
        }
        return dsl.select(fields)
                .from(s.table())
                .where(s.where())
                .groupBy(s.month())
                .having(sum(s.postings()).ne(BigDecimal.ZERO))
                .orderBy(s.month())
                .fetch(r -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (int i = 0; i < wanted.size(); i++) {
                        counts.put(wanted.get(i).name(), longOf(r, i + 2));
                    }
                    return new GroupMonth(r.get(s.month()), longOf(r, 1), counts);
                });
    }

    /** Postings of the period in the slice. */
    public long postings(Period period, PostingSlice slice) {
        Source s = source(period, slice);
        BigDecimal total = dsl.select(sum(s.postings())).from(s.table()).where(s.where()).fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValue();
    }

    /** Postings of the period in the slice per value of a breakdown ({@link Dimensions}), most first. */
    public List<ValueCount> byDimension(String dimension, Period period, PostingSlice slice) {
        Map<String, Long> counts = new HashMap<>();
        byDimensionPerMonth(dimension, period, slice).values()
                .forEach(month -> month.forEach((value, n) -> counts.merge(value, n, Long::sum)));
        long total = postings(period, slice);
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> new ValueCount(e.getKey(), e.getValue(), share(e.getValue(), total)))
                .sorted(Comparator.comparingLong(ValueCount::postings).reversed().thenComparing(ValueCount::value))
                .toList();
    }

    /**
     * Per month, postings of the slice per value of a breakdown: country, region and seniority from the cube's
     * cells (not within an industry), education, experience and industry from the vectors' elements.
     */
    public Map<LocalDate, Map<String, Long>> byDimensionPerMonth(String dimension, Period period, PostingSlice slice) {
        Map<LocalDate, Map<String, Long>> months = new TreeMap<>();
        Field<String> column = CUBE_COLUMNS.get(dimension);
        if (column != null) {
            if (slice.industry() != null) {
                throw new IllegalArgumentException("no " + dimension + " breakdown within an industry");
            }
            Source s = source(period, new PostingSlice(slice.country(), slice.region(), slice.seniority(), null));
            Condition where = s.table() == CUBE_MONTH ? s.where() : inPeriod(CUBE_MONTH.MONTH, period);
            dsl.select(CUBE_MONTH.MONTH, column, sum(CUBE_MONTH.POSTINGS))
                    .from(CUBE_MONTH)
                    .where(where)
                    .groupBy(CUBE_MONTH.MONTH, column)
                    .forEach(r -> put(months, r.value1(), r.value2(), r.value3().longValue()));
            return months;
        }
        if (!ELEMENT_DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("no breakdown " + dimension + "; known: " + Dimensions.ALL);
        }
        String prefix = FactTally.element(dimension, "");
        Map<String, Integer> values = dsl.select(TERM_ORDINAL.TERM_ID, TERM_ORDINAL.ORDINAL)
                .from(TERM_ORDINAL)
                .where(TERM_ORDINAL.TERM_ID.startsWith(prefix))
                .fetchMap(r -> r.value1().substring(prefix.length()), r -> r.value2());
        forEachMonth(period, slice, (month, vector) -> values.forEach((value, ordinal) ->
                put(months, month, value, ordinal <= vector.length ? vector[ordinal - 1] : 0)));
        months.values().forEach(m -> m.values().removeIf(n -> n == 0));
        return months;
    }

    /** Per term, per month: postings of the slice mentioning it (terms never mentioned are absent). */
    public Map<String, Map<LocalDate, Long>> termsByMonth(Period period, PostingSlice slice) {
        Map<Integer, String> terms = dsl.select(TERM_ORDINAL.ORDINAL, TERM_ORDINAL.TERM_ID)
                .from(TERM_ORDINAL)
                .where(TERM_ORDINAL.TERM_ID.notContains(":"))
                .fetchMap(r -> r.value1(), r -> r.value2());
        Map<String, Map<LocalDate, Long>> byTerm = new TreeMap<>();
        forEachMonth(period, slice, (month, vector) -> {
            for (int i = 0; i < vector.length; i++) {
                String term = terms.get(i + 1);
                if (term != null && vector[i] != 0) {
                    byTerm.computeIfAbsent(term, t -> new TreeMap<>()).put(month, vector[i]);
                }
            }
        });
        return byTerm;
    }

    private interface MonthVector {
        void accept(LocalDate month, long[] vector);
    }

    /** Each month of the slice with its vectors summed (element i counts the term or element of ordinal i + 1). */
    private void forEachMonth(Period period, PostingSlice slice, MonthVector action) {
        Source s = source(period, slice);
        Map<LocalDate, long[]> months = new TreeMap<>();
        dsl.select(s.month(), s.vector())
                .from(s.table())
                .where(s.where())
                .forEach(r -> months.put(r.value1(),
                        TermVectors.plus(months.getOrDefault(r.value1(), new long[0]), r.value2())));
        months.forEach(action::accept);
    }

    private Map<String, Integer> ordinals(List<String> elements) {
        Map<String, Integer> ordinals = new HashMap<>();
        dsl.select(TERM_ORDINAL.TERM_ID, TERM_ORDINAL.ORDINAL)
                .from(TERM_ORDINAL)
                .where(TERM_ORDINAL.TERM_ID.in(elements))
                .forEach(r -> ordinals.put(r.value1(), r.value2()));
        return ordinals;
    }

    /** An element of a vector column, 0 beyond its end or when the element has no ordinal yet (never counted). */
    private static Field<Long> element(Field<Long[]> vector, Integer ordinal) {
        return ordinal == null ? DSL.inline(0L) : TermVectors.element(vector, DSL.inline(ordinal));
    }

    private static long longOf(Record r, int index) {
        BigDecimal n = r.get(index, BigDecimal.class);
        return n == null ? 0 : n.longValue();
    }

    private static void put(Map<LocalDate, Map<String, Long>> months, LocalDate month, String value, long n) {
        months.computeIfAbsent(month, m -> new TreeMap<>()).merge(value, n, Long::sum);
    }

    private static Condition inPeriod(Field<LocalDate> month, Period period) {
        Condition c = noCondition();
        if (period.from() != null) {
            c = c.and(month.ge(Grain.MONTH.bucketOf(period.from())));
        }
        if (period.to() != null) {
            c = c.and(month.le(Grain.MONTH.bucketOf(period.to())));
        }
        return c;
    }

    static double share(long part, long total) {
        return total == 0 ? 0.0 : (double) part / total;
    }
}

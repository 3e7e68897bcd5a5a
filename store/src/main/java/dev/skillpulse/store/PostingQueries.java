package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.POSTING_DETAIL;
import static org.jooq.impl.DSL.noCondition;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The postings behind a number: counted postings (so deleted ones and reposts of another id never show, and a job
 * shows once with its copies) joined with their details, filtered by term, words of title and company (PostgreSQL
 * full-text search on an indexed tsvector), country and dates, newest first.
 *
 * <p>No request reads every matching posting: matches are counted up to a cap, and pages end before it. When fewer
 * match, they are read through the indexes on the filters (term, country, words) and sorted: a rare term is not
 * found by walking the dates, which PostgreSQL would do when it underestimates how rare the term is, reading a large
 * part of the table for one page. When more match, PostgreSQL may walk posting_detail_by_date newest first and stop
 * when the page is full.
 */
public final class PostingQueries {
    /** Which postings: each filter null for all. */
    public record Filter(String term, String words, String country, LocalDate from, LocalDate to) {
    }

    /**
     * Matches counted before the total is only a lower bound. Counting costs an index lookup per match: 1,000 take a
     * few milliseconds at a million postings, 10,000 took 10 to 130 ms (EXPLAIN ANALYZE, 2 busy cores).
     */
    public static final int TOTAL_CAP = 1_000;

    private final DSLContext dsl;
    private final int totalCap;

    public PostingQueries(DSLContext dsl) {
        this(dsl, TOTAL_CAP);
    }

    /** With another cap: tests use a small one rather than a thousand postings. */
    public PostingQueries(DSLContext dsl, int totalCap) {
        if (totalCap < 1) {
            throw new IllegalArgumentException("totalCap must be positive, got " + totalCap);
        }
        this.dsl = dsl;
        this.totalCap = totalCap;
    }

    /** How many matches are counted, and how far pages go: a page must start before the {@code totalCap}-th match. */
    public int totalCap() {
        return totalCap;
    }

    /** Page {@code page} (from 1) of {@code size} postings; {@code (page - 1) * size} must be below the cap. */
    public PostingPage page(Filter f, int page, int size) {
        long offset = (long) (page - 1) * size;
        if (offset >= totalCap) {
            throw new IllegalArgumentException("page " + page + " of " + size + " starts past the first " + totalCap
                    + " matches");
        }
        Condition where = where(f);
        int matches = dsl.fetchCount(dsl.selectOne().from(joined()).where(where).limit(totalCap + 1));
        var matching = dsl.select(POSTING_DETAIL.POSTING_ID, POSTING_DETAIL.TITLE, POSTING_DETAIL.COMPANY,
                        POSTING_DETAIL.CITY, POSTING_DETAIL.REGION, POSTING_DETAIL.COUNTRY, POSTING_DETAIL.POSTED_AT,
                        COUNTED_POSTING.TERMS, COUNTED_POSTING.COPIES, POSTING_DETAIL.URL)
                .from(joined())
                .where(where);
        boolean exact = matches <= totalCap;
        // A materialized CTE is a fence: PostgreSQL reads the few matches through the filters' indexes and cannot
        // turn the query into a walk of the date index. Not materialized, it is inlined and the planner may walk.
        var m = exact ? DSL.name("m").asMaterialized(matching) : DSL.name("m").asNotMaterialized(matching);
        List<PostingRow> rows = dsl.with(m).selectFrom(m)
                .orderBy(m.field(POSTING_DETAIL.POSTED_AT).desc(), m.field(POSTING_DETAIL.POSTING_ID))
                .limit(size)
                .offset(offset)
                .fetch(r -> new PostingRow(r.value1(), r.value2(), r.value3(), place(r.value4(), r.value5(),
                        r.value6()), r.value7(), List.of(r.value8()), r.value9(), r.value10()));
        return new PostingPage(page, size, exact ? matches : totalCap, exact, rows);
    }

    private static Table<?> joined() {
        return COUNTED_POSTING.join(POSTING_DETAIL).on(POSTING_DETAIL.POSTING_ID.eq(COUNTED_POSTING.POSTING_ID));
    }

    private static Condition where(Filter f) {
        Condition c = noCondition();
        if (f.term() != null) {
            c = c.and(COUNTED_POSTING.TERMS.contains(new String[] {f.term()}));
        }
        if (f.words() != null) {
            c = c.and(DSL.condition("{0} @@ websearch_to_tsquery('english', {1})", POSTING_DETAIL.SEARCH,
                    DSL.val(f.words())));
        }
        if (f.country() != null) {
            c = c.and(COUNTED_POSTING.COUNTRY.eq(f.country()));
        }
        if (f.from() != null) {
            c = c.and(POSTING_DETAIL.POSTED_AT.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(POSTING_DETAIL.POSTED_AT.le(f.to()));
        }
        return c;
    }

    private static String place(String city, String region, String country) {
        return Stream.of(city, region, country).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}

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
import org.jooq.impl.DSL;

/**
 * The postings behind a number: counted postings (so deleted ones and reposts of another id never show, and a job
 * shows once with its copies) joined with their details, filtered by term, words of title and company (PostgreSQL
 * full-text search on an indexed tsvector), country and dates, newest first.
 */
public final class PostingQueries {
    /** Which postings: each filter null for all. */
    public record Filter(String term, String words, String country, LocalDate from, LocalDate to) {
    }

    private final DSLContext dsl;

    public PostingQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Page {@code page} (from 1) of {@code size} postings. */
    public PostingPage page(Filter f, int page, int size) {
        Condition where = where(f);
        long total = dsl.selectCount()
                .from(COUNTED_POSTING)
                .join(POSTING_DETAIL).on(POSTING_DETAIL.POSTING_ID.eq(COUNTED_POSTING.POSTING_ID))
                .where(where)
                .fetchOne(0, Long.class);
        List<PostingRow> rows = dsl.select(POSTING_DETAIL.POSTING_ID, POSTING_DETAIL.TITLE, POSTING_DETAIL.COMPANY,
                        POSTING_DETAIL.CITY, POSTING_DETAIL.REGION, POSTING_DETAIL.COUNTRY, POSTING_DETAIL.POSTED_AT,
                        COUNTED_POSTING.TERMS, COUNTED_POSTING.COPIES, POSTING_DETAIL.URL)
                .from(COUNTED_POSTING)
                .join(POSTING_DETAIL).on(POSTING_DETAIL.POSTING_ID.eq(COUNTED_POSTING.POSTING_ID))
                .where(where)
                .orderBy(POSTING_DETAIL.POSTED_AT.desc(), POSTING_DETAIL.POSTING_ID)
                .limit(size)
                .offset((long) (page - 1) * size)
                .fetch(r -> new PostingRow(r.value1(), r.value2(), r.value3(), place(r.value4(), r.value5(),
                        r.value6()), r.value7(), List.of(r.value8()), r.value9(), r.value10()));
        return new PostingPage(page, size, total, rows);
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

package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static org.jooq.impl.DSL.noCondition;

import org.jooq.Condition;

/**
 * Which counted postings a reading covers beyond its period: a country, a region ({@code country/region}), a
 * seniority and an industry, each null for all. Values are compared as written in the breakdowns ({@code unknown} included).
 */
public record PostingSlice(String country, String region, String seniority, String industry) {
    public static final PostingSlice ALL = new PostingSlice(null, null, null, null);

    Condition condition() {
        Condition c = noCondition();
        if (country != null) {
            c = c.and(COUNTED_POSTING.COUNTRY.eq(country));
        }
        if (region != null) {
            c = c.and(COUNTED_POSTING.REGION.eq(region));
        }
        if (seniority != null) {
            c = c.and(COUNTED_POSTING.SENIORITY.eq(seniority));
        }
        if (industry != null) {
            c = c.and(COUNTED_POSTING.INDUSTRY.eq(industry));
        }
        return c;
    }
}

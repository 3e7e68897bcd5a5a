package dev.skillpulse.dashboard;

import dev.skillpulse.store.Period;
import dev.skillpulse.store.PostingSlice;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/** The filters the trend endpoints share: a period ({@code from}, {@code to}) and a slice of postings. */
final class Filters {
    private Filters() {
    }

    /** The requested period; open bounds stay open (the queries take all data on that side). */
    static Period period(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiError(400, "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return new Period(from, to);
    }

    /** Country, region ({@code country/region}), seniority and industry as written in the breakdowns. */
    static PostingSlice slice(Context ctx) {
        String country = text(ctx, "country");
        PostingSlice slice = new PostingSlice(country == null ? null : country.toUpperCase(Locale.ROOT),
                text(ctx, "region"), text(ctx, "seniority"), text(ctx, "industry"));
        if (slice.industry() != null && (slice.country() != null || slice.region() != null
                || slice.seniority() != null)) {
            // The summaries keep industries beside the country/region/seniority cells, not crossed with them.
            throw new ApiError(400, "industry", "'industry' combines with no 'country', 'region' or 'seniority' "
                    + "filter: choose either");
        }
        return slice;
    }

    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}

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

    /**
     * Country, region ({@code country/region}) and seniority as written in the breakdowns. Industry is refused until
     * postings record it, rather than silently ignored.
     */
    static PostingSlice slice(Context ctx) {
        if (text(ctx, "industry") != null) {
            throw new ApiError(400, "industry", "postings do not record an industry yet, so 'industry' cannot "
                    + "filter them");
        }
        String country = text(ctx, "country");
        return new PostingSlice(country == null ? null : country.toUpperCase(Locale.ROOT), text(ctx, "region"),
                text(ctx, "seniority"));
    }

    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}

package dev.skillpulse.dashboard;

import dev.skillpulse.store.Period;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.SkillShare;
import dev.skillpulse.store.TrendPoint;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** HTTP for skill demand: parses parameters, asks {@link SkillQueries}, answers JSON. */
public final class SkillController {
    /** Top skills over a period: postings in it, and each skill's count and share of them. */
    public record TopSkills(LocalDate from, LocalDate to, long totalPostings, List<SkillShare> skills) {
    }

    /** A skill's weekly share over a period. */
    public record Trend(String id, LocalDate from, LocalDate to, List<TrendPoint> points) {
    }

    private final SkillQueries queries;

    public SkillController(SkillQueries queries) {
        this.queries = queries;
    }

    public void top(Context ctx) {
        Period period = period(ctx);
        int limit = Params.integer(ctx, "limit", 20, 1, 500);
        String category = ctx.queryParam("category");
        ctx.json(new TopSkills(period.from(), period.to(), queries.totalPostings(period),
                queries.topSkills(period, category == null || category.isBlank() ? null : category, limit)));
    }

    public void trend(Context ctx) {
        String id = ctx.pathParam("id");
        if (!queries.termExists(id)) {
            throw new ApiError(404, "id", "unknown skill id '" + id + "'");
        }
        Period period = period(ctx);
        ctx.json(new Trend(id, period.from(), period.to(), queries.trend(id, period)));
    }

    /** The requested period; an open bound takes the first or last week that has postings. */
    private Period period(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiError(400, "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        Period data = queries.coverage().orElse(Period.ALL);
        return new Period(from != null ? from : data.from(), to != null ? to : data.to());
    }
}

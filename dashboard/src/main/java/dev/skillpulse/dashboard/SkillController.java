package dev.skillpulse.dashboard;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.store.BreakdownRow;
import dev.skillpulse.store.CopiesRow;
import dev.skillpulse.store.Grain;
import dev.skillpulse.store.Intensity;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.RelatedSkill;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.SkillShare;
import dev.skillpulse.store.TrendPoint;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** HTTP for skill demand: parses parameters, asks {@link SkillQueries}, answers JSON. */
public final class SkillController {
    /** Top skills over a period: postings in it, and each skill's count and share of them. */
    public record TopSkills(LocalDate from, LocalDate to, long totalPostings, List<SkillShare> skills) {
    }

    /** A skill's share per week or month over a period. */
    public record Trend(String id, String grain, LocalDate from, LocalDate to, List<TrendPoint> points) {
    }

    /** Skills mentioned together with one skill. */
    public record Related(String id, LocalDate from, LocalDate to, List<RelatedSkill> related) {
    }

    /** Postings per value of a breakdown, optionally with one skill's share in each. */
    public record Breakdown(String dimension, String skill, LocalDate from, LocalDate to, List<BreakdownRow> rows) {
    }

    /** Reposts against distinct jobs. */
    public record Stats(LocalDate from, LocalDate to, Intensity intensity, List<CopiesRow> copies) {
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
        String id = knownSkill(ctx.pathParam("id"), "id", 404);
        Period period = period(ctx);
        Grain grain = grain(ctx);
        ctx.json(new Trend(id, grain.name().toLowerCase(Locale.ROOT), period.from(), period.to(),
                queries.trend(id, period, grain)));
    }

    public void related(Context ctx) {
        String id = knownSkill(ctx.pathParam("id"), "id", 404);
        Period period = period(ctx);
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        ctx.json(new Related(id, period.from(), period.to(), queries.related(id, period, limit)));
    }

    public void breakdown(Context ctx) {
        String dimension = ctx.pathParam("dimension");
        if (!Dimensions.ALL.contains(dimension)) {
            throw new ApiError(404, "dimension", "unknown dimension '" + dimension + "' (known: " + Dimensions.ALL + ")");
        }
        String skill = ctx.queryParam("skill");
        if (skill != null && !skill.isBlank()) {
            knownSkill(skill, "skill", 400);
        } else {
            skill = null;
        }
        Period period = period(ctx);
        ctx.json(new Breakdown(dimension, skill, period.from(), period.to(), queries.breakdown(dimension, skill, period)));
    }

    /** All skills' trends as CSV, for spreadsheets and notebooks. */
    public void exportTrends(Context ctx) {
        Period period = period(ctx);
        String category = ctx.queryParam("category");
        String csv = CsvExport.trends(queries.allTrends(period, grain(ctx),
                category == null || category.isBlank() ? null : category));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"skillpulse-trends.csv\"")
                .result(csv);
    }

    public void stats(Context ctx) {
        Period period = period(ctx);
        ctx.json(new Stats(period.from(), period.to(), queries.intensity(period), queries.copiesDistribution(period)));
    }

    /** One counted posting with its copies and terms. */
    public void posting(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(queries.countedPosting(id).orElseThrow(() -> new ApiError(404, "id",
                "posting '" + id + "' is not counted: unknown, deleted, or a repost of another id")));
    }

    private String knownSkill(String id, String field, int status) {
        if (!queries.termExists(id)) {
            throw new ApiError(status, field, "unknown skill id '" + id + "'");
        }
        return id;
    }

    private static Grain grain(Context ctx) {
        String raw = ctx.queryParam("grain");
        if (raw == null || raw.isBlank()) {
            return Grain.WEEK;
        }
        try {
            return Grain.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "grain", "'grain' must be week or month, got '" + raw + "'");
        }
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

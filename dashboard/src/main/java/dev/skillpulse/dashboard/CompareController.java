package dev.skillpulse.dashboard;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.store.Grain;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TrendPoint;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP for several skills side by side: one series per skill over the same buckets. */
public final class CompareController implements ApiPart {
    public static final int MAX_SKILLS = 10;

    public record Series(String id, String label, List<TrendPoint> points) {
    }

    public record Comparison(String grain, LocalDate from, LocalDate to, List<Series> series) {
    }

    /** One point of one series, for CSV. */
    public record Row(String id, String label, LocalDate period, long postings, long totalPostings, double share) {
    }

    private final SkillQueries queries;
    private final Supplier<Taxonomy> taxonomy;

    public CompareController(SkillQueries queries, Taxonomy taxonomy) {
        this(queries, () -> taxonomy);
    }

    /** {@code taxonomy}: the one in use now (a promotion switches it). */
    public CompareController(SkillQueries queries, Supplier<Taxonomy> taxonomy) {
        this.queries = queries;
        this.taxonomy = taxonomy;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/compare", cached.apply(this::compare));
    }

    void compare(Context ctx) {
        String raw = Filters.text(ctx, "skills");
        if (raw == null) {
            throw new ApiError(400, "skills", "'skills' must name 1 to " + MAX_SKILLS + " term ids, comma-separated");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : raw.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.isEmpty() || ids.size() > MAX_SKILLS) {
            throw new ApiError(400, "skills", "'skills' must name 1 to " + MAX_SKILLS + " term ids, got " + ids.size());
        }
        List<Term> terms = new ArrayList<>();
        for (String id : ids) {
            terms.add(taxonomy.get().term(id).orElseThrow(() -> new ApiError(404, "skills", "unknown skill id '" + id + "'")));
        }
        Grain grain = grain(ctx);
        Period period = Filters.period(ctx);
        // Every trend has a point for every bucket with postings, so the series line up bucket for bucket.
        List<Series> series = terms.stream()
                .map(t -> new Series(t.id(), t.label(), queries.trend(t.id(), period, grain)))
                .toList();
        List<Row> rows = series.stream().flatMap(s -> s.points().stream().map(p ->
                new Row(s.id(), s.label(), p.period(), p.postings(), p.totalPostings(), p.share()))).toList();
        CsvTable.answer(ctx, new Comparison(grain.name().toLowerCase(Locale.ROOT), period.from(), period.to(), series),
                rows, "compare");
    }

    static Grain grain(Context ctx) {
        String raw = Filters.text(ctx, "grain");
        if (raw == null) {
            return Grain.WEEK;
        }
        try {
            return Grain.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "grain", "'grain' must be week or month, got '" + raw + "'");
        }
    }
}

package dev.skillpulse.dashboard;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.store.GroupMonth;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.TermGroup;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP for categories over time: the share of postings mentioning any term of each category. */
public final class CategoryController implements ApiPart {
    public record Point(LocalDate period, long postings, long totalPostings, double share) {
    }

    public record CategoryTrend(String category, List<Point> points) {
    }

    public record CategoriesTrend(String grain, LocalDate from, LocalDate to, List<CategoryTrend> categories) {
    }

    public record Row(String category, LocalDate period, long postings, long totalPostings, double share) {
    }

    private final ShareQueries shares;
    private final Supplier<Taxonomy> taxonomy;

    public CategoryController(ShareQueries shares, Taxonomy taxonomy) {
        this(shares, () -> taxonomy);
    }

    /** {@code taxonomy}: the one in use now (a promotion switches it). */
    public CategoryController(ShareQueries shares, Supplier<Taxonomy> taxonomy) {
        this.shares = shares;
        this.taxonomy = taxonomy;
    }

    private static Map<String, List<String>> termsByCategory(Taxonomy taxonomy) {
        Map<String, List<String>> termsByCategory = new LinkedHashMap<>();
        for (Term t : taxonomy.terms()) {
            termsByCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t.id());
        }
        return termsByCategory;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/categories/trend", cached.apply(this::trend));
    }

    void trend(Context ctx) {
        String grain = Filters.text(ctx, "grain");
        if (grain != null && !grain.equalsIgnoreCase("month")) {
            throw new ApiError(400, "grain", "categories are counted per month from the counted postings; 'grain' "
                    + "must be month, got '" + grain + "'");
        }
        Map<String, List<String>> termsByCategory = termsByCategory(taxonomy.get());
        String only = Filters.text(ctx, "category");
        if (only != null && !termsByCategory.containsKey(only)) {
            throw new ApiError(404, "category", "unknown category '" + only + "' (known: " + termsByCategory.keySet()
                    + ")");
        }
        Period period = Filters.period(ctx);
        List<TermGroup> groups = termsByCategory.entrySet().stream()
                .filter(e -> only == null || only.equals(e.getKey()))
                .map(e -> TermGroup.any(e.getKey(), e.getValue()))
                .toList();
        List<GroupMonth> months = shares.groupsByMonth(period, Filters.slice(ctx), groups);
        List<CategoryTrend> categories = groups.stream().map(g -> new CategoryTrend(g.name(), months.stream()
                .map(m -> new Point(m.month(), m.of(g.name()), m.postings(),
                        m.postings() == 0 ? 0 : (double) m.of(g.name()) / m.postings()))
                .toList())).toList();
        List<Row> rows = categories.stream().flatMap(c -> c.points().stream().map(p ->
                new Row(c.category(), p.period(), p.postings(), p.totalPostings(), p.share()))).toList();
        CsvTable.answer(ctx, new CategoriesTrend("month", period.from(), period.to(), categories), rows,
                "categories");
    }
}

package dev.skillpulse.dashboard;

import dev.skillpulse.core.taxonomy.Taxonomy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP for the taxonomy in use: its terms with their aliases, categories, types, groups and digest. */
public final class TaxonomyController implements ApiPart {
    /** One term as callers see it: the surfaces it is found by are its aliases. */
    public record TermView(String id, String label, String type, String category, List<String> aliases) {
    }

    public record TaxonomyView(String digest, int version, List<TermView> terms, List<String> categories,
            List<String> types, java.util.Map<String, List<String>> groups) {
    }

    private final Supplier<Taxonomy> taxonomy;

    public TaxonomyController(Taxonomy taxonomy) {
        this(() -> taxonomy);
    }

    /** {@code taxonomy}: the one in use now (a promotion switches it). */
    public TaxonomyController(Supplier<Taxonomy> taxonomy) {
        this.taxonomy = taxonomy;
    }

    private static TaxonomyView view(Taxonomy taxonomy) {
        List<TermView> terms = taxonomy.terms().stream()
                .map(t -> new TermView(t.id(), t.label(), t.type(), t.category(), t.surfaces()))
                .toList();
        return new TaxonomyView(taxonomy.digest(), taxonomy.version(), terms,
                List.copyOf(new TreeSet<>(terms.stream().map(TermView::category).toList())),
                List.copyOf(new TreeSet<>(terms.stream().map(TermView::type).toList())), taxonomy.groups());
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/taxonomy", cached.apply(this::taxonomy));
    }

    void taxonomy(Context ctx) {
        TaxonomyView view = view(taxonomy.get());
        CsvTable.answer(ctx, view, view.terms(), "taxonomy");
    }
}

package dev.skillpulse.dashboard;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.PostingPage;
import dev.skillpulse.store.PostingQueries;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP for the postings behind a number: filtered, newest first, a page at a time. */
public final class PostingsController implements ApiPart {
    static final int MAX_QUERY_CHARS = 200;

    private final PostingQueries queries;
    private final Supplier<Taxonomy> taxonomy;

    public PostingsController(PostingQueries queries, Taxonomy taxonomy) {
        this(queries, () -> taxonomy);
    }

    /** {@code taxonomy}: the one in use now (a promotion switches it). */
    public PostingsController(PostingQueries queries, Supplier<Taxonomy> taxonomy) {
        this.queries = queries;
        this.taxonomy = taxonomy;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        // Cached like the rest: the cache's key follows the posting-detail projector's writes as well as the count
        // projector's, since titles, companies and urls come from the former (DashboardService).
        config.routes.get("/api/postings", cached.apply(this::postings));
    }

    void postings(Context ctx) {
        String skill = Filters.text(ctx, "skill");
        if (skill != null && taxonomy.get().term(skill).isEmpty()) {
            throw new ApiError(404, "skill", "unknown skill id '" + skill + "'");
        }
        String q = Filters.text(ctx, "q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new ApiError(400, "q", "'q' is longer than " + MAX_QUERY_CHARS + " characters");
        }
        String country = Filters.text(ctx, "country");
        var period = Filters.period(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 10_000);
        int size = Params.integer(ctx, "size", 20, 1, 100);
        // Pages end at the counting cap: a deeper page would walk past that many matches per request.
        if ((long) (page - 1) * size >= queries.totalCap()) {
            throw new ApiError(400, "page", "pages go to the first " + queries.totalCap() + " matches; narrow the "
                    + "list with q, country, from or to");
        }
        PostingPage result = queries.page(new PostingQueries.Filter(skill, q,
                country == null ? null : country.toUpperCase(Locale.ROOT), period.from(), period.to()), page, size);
        CsvTable.answer(ctx, result, result.postings(), "postings");
    }
}

package dev.skillpulse.dashboard;

import dev.skillpulse.store.Emerging;
import dev.skillpulse.store.EmergingQueries;
import dev.skillpulse.store.Period;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.UnaryOperator;

/** HTTP for the terms beyond the guide, ranked by their rise; CSV gives a row per candidate. */
public final class EmergingController implements ApiPart {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final EmergingQueries queries;

    public EmergingController(EmergingQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/emerging", cached.apply(this::emerging));
    }

    void emerging(Context ctx) {
        Period period = Filters.period(ctx);
        Emerging e = queries.emerging(period.from(), period.to(),
                Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                Params.integer(ctx, "minPostings", EmergingQueries.DEFAULT_MIN_POSTINGS, 1, 1_000_000));
        CsvTable.answer(ctx, e, e.candidates(), "emerging");
    }
}

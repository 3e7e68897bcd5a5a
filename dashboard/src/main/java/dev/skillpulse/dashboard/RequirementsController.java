package dev.skillpulse.dashboard;

import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.Requirements;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.UnaryOperator;

/** HTTP for what postings require: education, experience, certifications, specializations, and the guide's FAQ. */
public final class RequirementsController implements ApiPart {
    private final RequirementQueries queries;

    public RequirementsController(RequirementQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/requirements", cached.apply(this::requirements));
    }

    void requirements(Context ctx) {
        Requirements r = queries.requirements(Filters.period(ctx), Filters.slice(ctx));
        CsvTable.answer(ctx, r, r.trend(), "requirements");
    }
}

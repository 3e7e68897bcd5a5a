package dev.skillpulse.dashboard;

import dev.skillpulse.store.Outlook;
import dev.skillpulse.store.OutlookQueries;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.UnaryOperator;

/** HTTP for the guide's outlook in numbers; each part states its method. CSV gives the monthly volume. */
public final class OutlookController implements ApiPart {
    private final OutlookQueries queries;

    public OutlookController(OutlookQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/outlook", cached.apply(this::outlook));
    }

    void outlook(Context ctx) {
        Outlook o = queries.outlook(Filters.period(ctx), Filters.slice(ctx));
        CsvTable.answer(ctx, o, o.volume().points(), "outlook");
    }
}

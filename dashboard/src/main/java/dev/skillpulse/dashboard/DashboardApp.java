package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one route tree of the dashboard. Returns an unstarted app: callers (and tests) start it. */
public final class DashboardApp {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardApp.class);

    private DashboardApp() {
    }

    /**
     * What pages may load: only this server's own scripts, styles, images and API (no inline scripts or styles, no
     * other origins), so text from a posting that slipped into markup could not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Without a response cache: every request asks the database (tests that write counts behind its back). */
    public static Javalin create(SkillController skills, HealthController health, ApiPart... parts) {
        return create(skills, health, null, parts);
    }

    /**
     * {@code cache}, when not null, answers repeated questions until the projector applies new counts; {@code parts}
     * add the routes of the API beyond skills and health (taxonomy, outlook, ingest, docs, ...).
     */
    public static Javalin create(SkillController skills, HealthController health, ResponseCache cache,
            ApiPart... parts) {
        UnaryOperator<Handler> cached = cache == null ? UnaryOperator.identity() : cache::wrap;
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            // Pages are static files (/explorer is public/explorer/index.html), served with the policy above; the
            // API's own pages (Swagger UI) are not bound by it.
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=0",
                        "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "same-origin");
            });
            config.staticFiles.enableWebjars();
            config.routes.get("/api/health", health::health);
            config.routes.get("/api/skills/top", cached.apply(skills::top));
            config.routes.get("/api/skills/{id}/trend", cached.apply(skills::trend));
            config.routes.get("/api/skills/{id}/related", cached.apply(skills::related));
            config.routes.get("/api/breakdown/{dimension}", cached.apply(skills::breakdown));
            config.routes.get("/api/stats", cached.apply(skills::stats));
            config.routes.get("/api/postings/{id}", cached.apply(skills::posting));
            config.routes.get("/api/export/trends.csv", cached.apply(skills::exportTrends));
            for (ApiPart part : parts) {
                part.addTo(config, cached);
            }
            config.routes.exception(ApiError.class, (e, ctx) ->
                    ctx.status(e.status()).json(error(e.field(), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} failed", ctx.path(), e);
                ctx.status(500).json(error(null, "internal error: " + e.getClass().getSimpleName()));
            });
            config.routes.error(404, "application/json", ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    ctx.json(error(null, "no such endpoint: " + ctx.path()));
                }
            });
        });
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}

package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Pages by URL, each a file in /public sharing the header, scripts and styles there; "/" is index.html. */
    private static final Map<String, String> PAGES = Map.of(
            "/explorer", "explorer.html",
            "/requirements", "requirements.html",
            "/skill-gap", "skill-gap.html",
            "/upload", "upload.html");

    /** {@code parts} add the routes of the API beyond skills and health (taxonomy, outlook, ingest, docs, ...). */
    public static Javalin create(SkillController skills, HealthController health, ApiPart... parts) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin"));
            PAGES.forEach((path, file) -> config.routes.get(path, ctx -> page(ctx, file)));
            config.routes.get("/api/health", health::health);
            config.routes.get("/api/skills/top", skills::top);
            config.routes.get("/api/skills/{id}/trend", skills::trend);
            config.routes.get("/api/skills/{id}/related", skills::related);
            config.routes.get("/api/breakdown/{dimension}", skills::breakdown);
            config.routes.get("/api/stats", skills::stats);
            config.routes.get("/api/postings/{id}", skills::posting);
            config.routes.get("/api/export/trends.csv", skills::exportTrends);
            for (ApiPart part : parts) {
                part.addTo(config);
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

    private static void page(Context ctx, String file) throws IOException {
        try (InputStream html = DashboardApp.class.getResourceAsStream("/public/" + file)) {
            ctx.contentType("text/html; charset=utf-8").result(html.readAllBytes());
        }
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

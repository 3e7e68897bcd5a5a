package dev.skillpulse.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/** The OpenAPI document and Swagger UI, served from its webjar (no CDN). */
public final class DocsController implements ApiPart {
    private final Map<String, Object> document = OpenApi.document();
    private final String page;

    public DocsController() {
        String base = "/webjars/swagger-ui/" + swaggerUiVersion();
        page = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>SkillPulse API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>window.ui = SwaggerUIBundle({url: "/api/openapi.json", dom_id: "#swagger-ui"});</script>
                </body></html>
                """.formatted(base);
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.get("/api/openapi.json", this::openApi);
        config.routes.get("/api/docs", ctx -> ctx.html(page));
    }

    void openApi(Context ctx) {
        ctx.json(document);
    }

    /** The webjar's version, from its Maven metadata, so a version bump in the pom needs no code change. */
    static String swaggerUiVersion() {
        try (InputStream in = DocsController.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

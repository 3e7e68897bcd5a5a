package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.store.EmergingQueries;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.PostingQueries;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermGroups;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document against the routes the app really registers, Swagger UI, and the metrics endpoint. */
class OpenApiTest {
    private static ApiFixture api;

    /** Everything the dashboard serves with every part, as the app builds it. */
    static List<ApiPart> everyPart(dev.skillpulse.store.Database db, PrometheusMeterRegistry registry) {
        ShareQueries shares = new ShareQueries(db.dsl(), TermGroups.of(ApiFixture.TAXONOMY));
        PostingSink nowhere = new PostingSink() {
            @Override
            public void send(Posting posting) {
            }

            @Override
            public long flush() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        return List.of(new TaxonomyController(ApiFixture.TAXONOMY),
                new CompareController(new SkillQueries(db.dsl()), ApiFixture.TAXONOMY),
                new CategoryController(shares, ApiFixture.TAXONOMY),
                new RequirementsController(new RequirementQueries(shares, ApiFixture.TAXONOMY)),
                new OutlookController(new OutlookQueries(shares, ApiFixture.TAXONOMY)),
                new EmergingController(new EmergingQueries(db.dsl(), ApiFixture.TAXONOMY)),
                new ExtractController(new MentionExtractor(ApiFixture.TAXONOMY)),
                new PostingsController(new PostingQueries(db.dsl()), ApiFixture.TAXONOMY),
                new IngestController(nowhere, null),
                new PromoteController(new PromoteController.Promoter() {
                    @Override
                    public PromoteController.Status promote(dev.skillpulse.core.taxonomy.TaxonomyOverlay.NewTerm t) {
                        throw new IllegalStateException("not in this test");
                    }

                    @Override
                    public PromoteController.Status status() {
                        return PromoteController.Status.IDLE;
                    }
                }, null),
                new DocsController(),
                new Metrics(registry));
    }

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture().start(db -> everyPart(db, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static Set<String> registered() {
        return api.app().unsafe.internalRouter.allHttpHandlers().stream()
                .map(h -> h.endpoint.method.name().toLowerCase(Locale.ROOT) + " " + h.endpoint.path)
                .filter(route -> !route.startsWith("head ") && !route.startsWith("options "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> documented() throws Exception {
        Set<String> routes = new TreeSet<>();
        JsonNode paths = api.json("/api/openapi.json").path("paths");
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames()
                .forEachRemaining(method -> routes.add(method + " " + path)));
        return routes;
    }

    @Test
    void everyRegisteredRouteIsDocumented() throws Exception {
        Set<String> missing = new TreeSet<>(registered());
        missing.removeAll(documented());

        assertThat(missing).as("routes missing from OpenApi.OPERATIONS").isEmpty();
    }

    @Test
    void everyDocumentedRouteExists() throws Exception {
        Set<String> extra = new TreeSet<>(documented());
        extra.removeAll(registered());

        assertThat(extra).as("documented routes that are not registered").isEmpty();
    }

    @Test
    void theDocumentIsOpenApi31() throws Exception {
        assertThat(api.json("/api/openapi.json").path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void swaggerUiLoadsItsScriptFromTheWebjar() throws Exception {
        String page = api.get("/api/docs").body();
        List<String> scripts = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("src=\"(/webjars/[^\"]+)\"").matcher(page);
        while (m.find()) {
            scripts.add(m.group(1));
        }

        assertThat(scripts).hasSize(1);
        HttpResponse<String> script = api.get(scripts.get(0));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(page).doesNotContain("https://");
    }

    @Test
    void metricsTimeRequestsPerRoutePattern() throws Exception {
        api.get("/api/taxonomy");
        api.get("/api/compare?skills=python");

        String metrics = api.get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/taxonomy\","
                + "status=\"200\"}");
        assertThat(metrics).contains("route=\"/api/compare\"");
    }
}

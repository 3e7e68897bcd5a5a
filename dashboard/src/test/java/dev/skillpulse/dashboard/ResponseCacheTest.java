package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Fact;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The response cache on a real database: answers follow the projector's applied position, with ETags and 304s. */
class ResponseCacheTest {
    private static final LocalDate W1 = LocalDate.of(2024, 1, 1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOP = "/api/skills/top";

    private ScratchDatabase scratch;
    private Database db;
    private CountWriter projectorWriter;
    private ResponseCache cache;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
        AppliedPosition applied = new AppliedPosition();
        projectorWriter = new CountWriter(db.dsl(), applied);
        projectorWriter.add(Map.of(Fact.postingsInWeek(W1), 2L, Fact.termInWeek("python", W1), 1L), List.of());
        cache = new ResponseCache(applied);
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(Map.of())), cache).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        db.close();
        scratch.close();
    }

    @Test
    void shouldAnswerARepeatedQuestionFromTheCacheWhileNothingNewIsApplied() throws Exception {
        HttpResponse<String> first = get(TOP, null);
        // Written behind the projector's back: no applied position moves, so the cached answer stands.
        new CountWriter(db.dsl()).add(Map.of(Fact.termInWeek("sql", W1), 2L), List.of());
        HttpResponse<String> second = get(TOP, null);

        assertThat(second.body()).isEqualTo(first.body()).doesNotContain("\"sql\"");
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void shouldChangeTheNextAnswerAndItsETagAsSoonAsNewCountsAreApplied() throws Exception {
        HttpResponse<String> before = get(TOP, null);

        projectorWriter.add(Map.of(Fact.postingsInWeek(W1), 1L, Fact.termInWeek("sql", W1), 1L), List.of());
        HttpResponse<String> after = get(TOP, null);

        assertThat(before.body()).doesNotContain("\"sql\"");
        assertThat(after.body()).contains("\"sql\"").contains("\"totalPostings\":3");
        assertThat(after.headers().firstValue("ETag")).isPresent()
                .isNotEqualTo(before.headers().firstValue("ETag"));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheClientHasTheCurrentAnswer() throws Exception {
        HttpResponse<String> first = get(TOP, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(TOP, etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void shouldAnswerInFullWhenTheClientsETagIsOutdated() throws Exception {
        String etag = get(TOP, null).headers().firstValue("ETag").orElseThrow();
        projectorWriter.add(Map.of(Fact.termInWeek("sql", W1), 1L), List.of());

        HttpResponse<String> after = get(TOP, etag);

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"sql\"");
    }

    @Test
    void shouldNotKeepErrorAnswers() throws Exception {
        assertThat(get("/api/skills/top?limit=0", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/skills/top?limit=0", null).statusCode()).isEqualTo(400);

        assertThat(cache.hits()).isZero();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

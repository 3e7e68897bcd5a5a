package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.FactTally;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DashboardAppTest {
    private static ScratchDatabase scratch;
    private static final LocalDate W1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate W2 = LocalDate.of(2024, 1, 8);
    private static final Profile IN_GERMANY = new Profile("DE", "DE/Berlin", "senior", "masters", "unknown", "2-4");
    private static final AtomicBoolean KAFKA_UP = new AtomicBoolean(true);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database db;
    private static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
        // The two counted postings go through FactTally like the projector's polls, for the read model's rows; the
        // weekly and breakdown totals are set by hand so that shares are easy to check.
        FactTally tally = new FactTally();
        tally.add("p1", new CountChange(null, counted("p1", 3, "python", "pytorch")));
        tally.add("p2", new CountChange(null, counted("p2", 1, "python")));
        CountDeltas perPosting = tally.deltas();
        Map<Fact, Long> facts = new HashMap<>(Map.of(
                Fact.postingsInWeek(W1), 2L, Fact.postingsInWeek(W2), 8L,
                Fact.termInWeek("python", W1), 1L, Fact.termInWeek("python", W2), 4L,
                Fact.termInWeek("pytorch", W2), 2L, Fact.rawPostingsInWeek(W1), 3L, Fact.rawPostingsInWeek(W2), 9L,
                Fact.postingsBy("country", "DE", W1), 10L, Fact.postingsBy("education-required", "masters", W1), 4L));
        perPosting.facts().forEach((fact, delta) -> {
            if (fact.metric().equals(FactTally.POSTINGS_BY_COPIES)) {
                facts.put(fact, delta);
            }
        });
        new CountWriter(db.dsl()).add(perPosting.withFacts(facts), List.of());
        HealthCheck health = new HealthCheck(Map.of("kafka", KAFKA_UP::get, "database", db::isUp));
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())), new HealthController(health))
                .start("127.0.0.1", 0);
    }

    private static Contribution counted(String id, int copies, String... terms) {
        return new Contribution(new Member(id, W1, IN_GERMANY, List.of(terms)), true, copies);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        db.close();
        scratch.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void shouldAnswerTopSkillsWithCountsAndSharesOfAllPostings() throws Exception {
        JsonNode top = json("/api/skills/top?limit=5");

        assertThat(top.path("totalPostings").asLong()).isEqualTo(10);
        assertThat(top.path("from").asText()).isEqualTo("2024-01-01");
        assertThat(top.path("skills").get(0).path("id").asText()).isEqualTo("python");
        assertThat(top.path("skills").get(0).path("postings").asLong()).isEqualTo(5);
        assertThat(top.path("skills").get(0).path("share").asDouble()).isEqualTo(0.5);
        assertThat(top.path("skills").get(1).path("share").asDouble()).isEqualTo(0.2);
    }

    @Test
    void shouldAnswerWeeklyTrendOfOneSkill() throws Exception {
        JsonNode points = json("/api/skills/pytorch/trend?from=2024-01-01&to=2024-01-14").path("points");

        assertThat(points).hasSize(2);
        assertThat(points.get(0).path("period").asText()).isEqualTo("2024-01-01");
        assertThat(points.get(0).path("share").asDouble()).isZero();
        assertThat(points.get(1).path("postings").asLong()).isEqualTo(2);
        assertThat(points.get(1).path("totalPostings").asLong()).isEqualTo(8);
        assertThat(points.get(1).path("share").asDouble()).isEqualTo(0.25);
    }

    @Test
    void shouldRejectBadDateWithErrorNamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/skills/top?from=last-year");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("from");
    }

    @Test
    void shouldRejectOutOfRangeLimitWithErrorNamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/skills/top?limit=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("limit");
    }

    @Test
    void shouldAnswerNotFoundForUnknownSkill() throws Exception {
        HttpResponse<String> response = get("/api/skills/cobol/trend");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("id");
    }

    @Test
    void shouldReportEachComponentAndDownWhenOneIs() throws Exception {
        KAFKA_UP.set(false);
        try {
            HttpResponse<String> response = get("/api/health");

            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("components").path("kafka").asText()).isEqualTo("DOWN");
            assertThat(body.path("components").path("database").asText()).isEqualTo("UP");
        } finally {
            KAFKA_UP.set(true);
        }
    }

    @Test
    void shouldRejectUnknownGrainWithErrorNamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/skills/python/trend?grain=year");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("grain");
    }

    @Test
    void shouldFilterTopSkillsByCountryAndSeniority() throws Exception {
        JsonNode top = json("/api/skills/top?country=DE&seniority=senior");

        assertThat(top.path("totalPostings").asLong()).isEqualTo(2);
        assertThat(top.path("skills").get(0).path("id").asText()).isEqualTo("python");
        assertThat(top.path("skills").get(0).path("share").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldRejectAFilterOnRelatedSkillsNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/skills/python/related?country=DE");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("country");
    }

    @Test
    void shouldRejectAFilteredWeeklyTrendNamingTheGrain() throws Exception {
        HttpResponse<String> response = get("/api/skills/python/trend?grain=week&seniority=senior");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("grain");
    }

    @Test
    void shouldAnswerRelatedSkills() throws Exception {
        JsonNode related = json("/api/skills/pytorch/related").path("related");

        assertThat(related.get(0).path("id").asText()).isEqualTo("python");
        assertThat(related.get(0).path("postings").asLong()).isEqualTo(1);
    }

    @Test
    void shouldAnswerBreakdownWithSkillShareInEachValue() throws Exception {
        JsonNode rows = json("/api/breakdown/country?skill=python").path("rows");

        assertThat(rows.get(0).path("value").asText()).isEqualTo("DE");
        assertThat(rows.get(0).path("termPostings").asLong()).isEqualTo(2);
        assertThat(rows.get(0).path("share").asDouble()).isEqualTo(0.2);
    }

    @Test
    void shouldAnswerSkillShareByEducationLikeAnyOtherBreakdown() throws Exception {
        JsonNode rows = json("/api/breakdown/education-required?skill=python").path("rows");

        assertThat(rows.get(0).path("value").asText()).isEqualTo("masters");
        assertThat(rows.get(0).path("share").asDouble()).isEqualTo(0.5);
    }

    @Test
    void shouldAnswerNotFoundForUnknownDimension() throws Exception {
        HttpResponse<String> response = get("/api/breakdown/planet");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("dimension");
    }

    @Test
    void shouldAnswerPostingIntensity() throws Exception {
        JsonNode intensity = json("/api/stats").path("intensity");

        assertThat(intensity.path("rawPostings").asLong()).isEqualTo(12);
        assertThat(intensity.path("copiesPerPosting").asDouble()).isEqualTo(1.2);
    }

    @Test
    void shouldAnswerCountedPostingsByNumberOfCopies() throws Exception {
        JsonNode copies = json("/api/stats").path("copies");

        assertThat(copies.get(0).path("copies").asInt()).isEqualTo(1);
        assertThat(copies.get(1).path("copies").asInt()).isEqualTo(3);
        assertThat(copies.get(1).path("postings").asLong()).isEqualTo(1);
    }

    @Test
    void shouldAnswerCountedPostingWithItsCopiesAndTerms() throws Exception {
        JsonNode posting = json("/api/postings/p1");

        assertThat(posting.path("copies").asInt()).isEqualTo(3);
        assertThat(posting.path("terms")).extracting(JsonNode::asText).containsExactly("python", "pytorch");
    }

    @Test
    void shouldAnswerNotFoundNamingTheIdForPostingThatIsNotCounted() throws Exception {
        HttpResponse<String> response = get("/api/postings/never-seen");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("id");
    }

    @Test
    void shouldExportEveryTrendAsCsv() throws Exception {
        HttpResponse<String> response = get("/api/export/trends.csv?grain=week");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body().split("\r\n")).containsExactly(
                "period,skill_id,label,category,postings,total_postings,share",
                "2024-01-01,python,Python,programming,1,2,0.500000",
                "2024-01-08,python,Python,programming,4,8,0.500000",
                "2024-01-08,pytorch,PyTorch,ml-frameworks,2,8,0.250000");
    }

    @Test
    void shouldServeChartJsFromItsWebjar() throws Exception {
        HttpResponse<String> page = get("/");
        String script = page.body().replaceAll("(?s).*<script src=\"(/webjars/[^\"]+)\".*", "$1");

        assertThat(script).startsWith("/webjars/chart.js/");
        HttpResponse<String> chartJs = get(script);
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart");
    }
}

package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.streams.TopologyRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The walking skeleton on real parts: a JSON Lines file loaded with {@code load} goes through a real broker,
 * the topology and the projector into PostgreSQL, and comes out of the HTTP API as exact counts and shares.
 */
class PipelineEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestPipeline pipeline;
    private static TopologyRunner topology;
    private static int loadExitCode;
    private static String loadOutput;

    @BeforeAll
    static void loadPostingsThroughThePipeline() throws Exception {
        java.util.concurrent.atomic.AtomicReference<TopologyRunner> running = new java.util.concurrent.atomic.AtomicReference<>();
        pipeline = TestPipeline.start(2, Map.of("streams", () -> running.get() != null && running.get().isRunning()));
        topology = pipeline.startTopology(dir.resolve("streams"));
        running.set(topology);

        Path file = dir.resolve("postings.jsonl");
        Files.writeString(file, String.join("\n",
                posting("p1", "2024-03-04", "Python and SQL. PyTorch preferred."),
                posting("p2", "2024-03-06", "We use Python and Docker."),
                "this line is not JSON",
                "{\"title\":\"no id\",\"postedAt\":\"2024-03-05\",\"description\":\"Python\"}",
                "{\"id\":\"p9\",\"title\":\"no date\",\"description\":\"Python\"}",
                posting("p3", "2024-03-13", "SQL and Kubernetes"),
                posting("p4", "2024-03-14", "Docker, Docker and more Docker")) + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new SkillPulse());
        cli.setOut(new java.io.PrintWriter(out, true));
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            loadExitCode = cli.execute("load", "--bootstrap", pipeline.bootstrap(), file.toString());
        } finally {
            System.setOut(stdout);
        }
        loadOutput = out.toString(StandardCharsets.UTF_8);
        Readiness.awaitVisible(pipeline.bootstrap(), new CountWriter(pipeline.db().dsl()), Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        pipeline.close();
    }

    private static String posting(String id, String date, String description) {
        return "{\"id\":\"" + id + "\",\"title\":\"Engineer\",\"company\":\"Acme\",\"postedAt\":\"" + date
                + "\",\"description\":\"" + description + "\",\"extra\":{\"ignored\":true}}";
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode skill(JsonNode top, String id) {
        for (JsonNode s : top.path("skills")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no skill " + id + " in " + top);
    }

    @Test
    void shouldServeExactCountsAndSharesOfLoadedPostings() throws Exception {
        JsonNode top = get("/api/skills/top?limit=50");

        assertThat(top.path("totalPostings").asLong()).isEqualTo(4);
        assertThat(skill(top, "python").path("postings").asLong()).isEqualTo(2);
        assertThat(skill(top, "sql").path("share").asDouble()).isEqualTo(0.5);
        assertThat(skill(top, "docker").path("postings").asLong()).isEqualTo(2);
        assertThat(skill(top, "pytorch").path("share").asDouble()).isEqualTo(0.25);
        assertThat(skill(top, "kubernetes").path("postings").asLong()).isEqualTo(1);
    }

    @Test
    void shouldServeWeeklyTrendOfLoadedPostings() throws Exception {
        JsonNode points = get("/api/skills/docker/trend").path("points");

        assertThat(points).hasSize(2);
        assertThat(points.get(0).path("period").asText()).isEqualTo("2024-03-04");
        assertThat(points.get(0).path("share").asDouble()).isEqualTo(0.5);
        assertThat(points.get(1).path("period").asText()).isEqualTo("2024-03-11");
        assertThat(points.get(1).path("share").asDouble()).isEqualTo(0.5);
    }

    @Test
    void shouldReportEachRejectedLineWithFileLineAndReason() {
        assertThat(loadOutput).contains("read 7, sent 4, rejected 3");
        assertThat(loadOutput).containsPattern("postings.jsonl:3: not JSON");
        assertThat(loadOutput).containsPattern("postings.jsonl:4: missing field 'id'");
        assertThat(loadOutput).containsPattern("postings.jsonl:5: missing field 'postedAt'");
    }

    @Test
    void shouldExitWithStatusTellingThatRecordsWereRejected() {
        assertThat(loadExitCode).isEqualTo(LoadCommand.SOME_REJECTED);
    }

    @Test
    void shouldReportAllComponentsUp() throws Exception {
        JsonNode health = get("/api/health");

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("streams").asText()).isEqualTo("UP");
    }
}

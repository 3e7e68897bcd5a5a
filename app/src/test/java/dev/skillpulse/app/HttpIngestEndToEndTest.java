package dev.skillpulse.app;

import static dev.skillpulse.app.TestPipeline.posting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/postings on real parts: posted over HTTP, produced to Kafka, counted by the topology, projected into
 * PostgreSQL, visible in the read endpoints and the drill-down; a repost shows once with its copies, a deletion
 * posted later disappears. Four postings in April 2024: h1 and its repost h2 (Python, Kubernetes), h3 (Python, AWS),
 * h4 (SQL), and one without a date that is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpIngestEndToEndTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestPipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        pipeline = TestPipeline.start(1, Map.of());
        pipeline.startTopology(dir.resolve("streams"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode await(String path, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = get(path);
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = get(path);
        }
        return last;
    }

    @Test
    @Order(1)
    void postedPostingsAreCountedAndShownOnceWithTheirCopies() throws Exception {
        HttpResponse<String> response = pipeline.postPostings("["
                + posting("h1", "2024-04-02", "ML Engineer", "Acme", "Python and Kubernetes") + ","
                + posting("h2", "2024-04-03", "ML Engineer", "Acme", "Python and Kubernetes") + ","
                + posting("h3", "2024-04-04", "Data Scientist", "Globex", "Python on AWS") + ","
                + posting("h4", "2024-04-05", "Analyst", "Initech", "SQL") + ","
                + "{\"id\":\"h5\",\"title\":\"no date\"}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode outcome = JSON.readTree(response.body());
        assertThat(outcome.path("accepted").asInt()).isEqualTo(4);
        assertThat(outcome.path("rejected").get(0).path("id").asText()).isEqualTo("h5");

        // Newest first: h3, then h1 with its copy h2.
        JsonNode page = await("/api/postings?skill=python", p -> p.path("total").asLong() == 2
                && p.path("postings").path(1).path("copies").asInt() == 2);
        assertThat(page.path("postings")).extracting(p -> p.path("id").asText()).containsExactly("h3", "h1");
        assertThat(page.path("postings").get(1).path("copies").asInt()).isEqualTo(2);
        assertThat(page.path("postings").get(1).path("title").asText()).isEqualTo("ML Engineer");
    }

    @Test
    @Order(2)
    void postedPostingsShowInTheTrendEndpoints() throws Exception {
        JsonNode categories = get("/api/categories/trend?category=cloud-mlops").path("categories").get(0);

        // h1 (Kubernetes) and h3 (AWS) of 3 counted postings: h2 is h1's repost.
        assertThat(categories.path("points").get(0).path("postings").asLong()).isEqualTo(2);
        assertThat(categories.path("points").get(0).path("totalPostings").asLong()).isEqualTo(3);
        // Of the three, only h3 names a cloud provider (Kubernetes is not one): a third, all of it AWS.
        JsonNode cloud = get("/api/outlook").path("cloud").path("points").get(0);
        assertThat(cloud.path("share").asDouble()).isEqualTo(1.0 / 3);
        assertThat(cloud.path("aws").asDouble()).isEqualTo(1.0);
    }

    @Test
    @Order(3)
    void aPostedDeletionRemovesThePostingFromTheDrillDown() throws Exception {
        HttpResponse<String> response = pipeline.postPostings("{\"id\":\"h4\",\"deleted\":true}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode page = await("/api/postings", p -> p.path("total").asLong() == 2);
        assertThat(page.path("postings")).extracting(p -> p.path("id").asText()).containsExactly("h3", "h1");
    }

    @Test
    @Order(4)
    void metricsShowTheProjectorTheKafkaClientsAndThePool() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.port()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(metrics).contains("skillpulse_projector_applied_records");
        assertThat(metrics).contains("kafka_producer_record_send_total");
        assertThat(metrics).contains("hikaricp_connections_active");
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/postings\","
                + "status=\"202\"}");
    }
}

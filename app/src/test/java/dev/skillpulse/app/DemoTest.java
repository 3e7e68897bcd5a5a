package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.ingest.Formats;
import dev.skillpulse.ingest.InputFiles;
import dev.skillpulse.ingest.PostingReader;
import dev.skillpulse.ingest.ReadResult;
import dev.skillpulse.ingest.ReaderOptions;
import dev.skillpulse.store.ScratchDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} in a test: a real broker, topology, projector and dashboard in this JVM, with the sample data. */
class DemoTest {
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path stateDir;

    private Demo.Settings settings(List<Path> data, String jdbcUrl) throws Exception {
        return new Demo.Settings(0, EmbeddedKafka.freePort(), stateDir, data, jdbcUrl, null, null, null, 2);
    }

    private static JsonNode get(Demo demo, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + demo.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Live posting ids in the sample data, independently of the pipeline: last version per id wins, deletions remove. */
    private static long livePostingsInSampleData() throws Exception {
        Set<String> live = new HashSet<>();
        for (Path file : InputFiles.expand(List.of(SAMPLE_DATA))) {
            PostingReader reader = Formats.readerFor(file, ReaderOptions.DEFAULT);
            reader.read(file, r -> {
                if (r instanceof ReadResult.Accepted ok) {
                    if (ok.posting().deleted()) {
                        live.remove(ok.posting().id());
                    } else {
                        live.add(ok.posting().id());
                    }
                }
            });
        }
        return live.size();
    }

    @Test
    void shouldAnswerHealthAndTopSkillsWithTheSampleData() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("sp_test");
             Demo demo = Demo.start(settings(List.of(SAMPLE_DATA), db.jdbcUrl()), quiet())) {
            JsonNode health = get(demo, "/api/health");
            JsonNode top = get(demo, "/api/skills/top?limit=5");
            JsonNode intensity = get(demo, "/api/stats").path("intensity");

            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(intensity.path("rawPostings").asLong()).isEqualTo(livePostingsInSampleData());
            // Reposts of one job under new ids count once: fewer jobs than live ids (exact counts: CrashRecoveryTest).
            assertThat(top.path("totalPostings").asLong()).isPositive()
                    .isLessThan(intensity.path("rawPostings").asLong());
            assertThat(top.path("skills")).hasSize(5);
            assertThat(top.path("skills").get(0).path("share").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void shouldExposeTheTopologysKafkaStreamsMetricsBesideTheProjectors() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("sp_test");
             Demo demo = Demo.start(settings(List.of(SAMPLE_DATA), db.jdbcUrl()), quiet())) {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + demo.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(metrics).contains("kafka_stream_thread_process", "skillpulse_projector_applied");
        }
    }

    @Test
    void shouldResumeFromItsStateDirectoryWithTheDataItHad() throws Exception {
        long before;
        try (ScratchDatabase db = ScratchDatabase.create("sp_test");
             Demo demo = Demo.start(settings(List.of(SAMPLE_DATA.resolve("formats")), db.jdbcUrl()), quiet())) {
            before = get(demo, "/api/skills/top").path("totalPostings").asLong();
        }
        // A new, empty database: everything it shows must come back from the Kafka log kept in the state dir
        // (the same data is not loaded again).
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (ScratchDatabase db = ScratchDatabase.create("sp_test");
             Demo demo = Demo.start(settings(List.of(SAMPLE_DATA.resolve("formats")), db.jdbcUrl()),
                     new PrintStream(output, true))) {
            assertThat(output.toString()).contains("loading    skipped");
            assertThat(before).isPositive();
            assertThat(get(demo, "/api/skills/top").path("totalPostings").asLong()).isEqualTo(before);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}

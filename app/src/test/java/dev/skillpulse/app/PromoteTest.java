package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.ingest.generate.Truth;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promotion on a running pipeline: while postings are still being loaded, {@code langchain} (planted by the
 * generator, which records in its truth which postings carry it) is promoted through POST /api/promote. While the
 * new generation builds, every answer the API gives comes from the old, complete counts; afterwards the term's
 * monthly history equals the generator's truth, and every other count equals the truth as before.
 */
class PromoteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL_TIME = "from=2000-01-01&to=2100-12-31";

    @TempDir
    Path dir;

    /** One answer of GET /api/skills/top over all time: the postings counted and langchain's count (-1: absent). */
    private record Read(long totalPostings, long langchain, long atNanos) {
    }

    @Test
    void shouldRecountThePromotedTermsHistoryAndSwitchOnlyWhenComplete() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(3000, 61);
        int size = corpus.postings().size();
        int half = size / 2;
        try (TestPipeline pipeline = TestPipeline.startPromoting(3, dir)) {
            KafkaStreams oldTopology = pipeline.startTopology(dir.resolve("streams")).streams();
            corpus.produce(pipeline.bootstrap(), 0, half);
            Readiness.awaitVisible(pipeline.bootstrap(), new CountWriter(pipeline.db().dsl()), Duration.ofMinutes(1));
            Read atPromote = read(pipeline);
            assertThat(atPromote.langchain()).as("not a term before the promotion").isEqualTo(-1);

            List<Read> reads = new CopyOnWriteArrayList<>();
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    try {
                        reads.add(read(pipeline));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "reader");
            reader.start();

            long promoted = System.nanoTime();
            HttpResponse<String> started = pipeline.post("/api/promote", "{\"key\":\"langchain\",\"label\":"
                    + "\"LangChain\",\"type\":\"tool\",\"surfaces\":[\"LangChain\"]}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String generation = JSON.readTree(started.body()).path("generation").asText();
            assertThat(generation).startsWith(Topics.GENERATION + "-");
            assertThat(JSON.readTree(started.body()).path("state").asText()).isEqualTo("building");
            assertThat(pipeline.post("/api/promote", "{\"key\":\"pinecone\",\"label\":\"Pinecone\"}").statusCode())
                    .as("one rebuild at a time").isEqualTo(409);

            // The rest of the postings arrive while the new generation builds.
            int chunks = 5;
            for (int i = 0; i < chunks; i++) {
                corpus.produce(pipeline.bootstrap(), half + (size - half) * i / chunks,
                        half + (size - half) * (i + 1) / chunks);
            }
            JsonNode status = awaitSwitched(pipeline, Duration.ofSeconds(90));
            long switched = System.nanoTime();
            reading.set(false);
            reader.join(10_000);

            try (Database promotedDb = pipeline.promotedDatabase(generation)) {
                Readiness.awaitVisible(pipeline.bootstrap(), new CountWriter(promotedDb.dsl()), Duration.ofMinutes(1),
                        generation);
                Map<LocalDate, Truth.Week> expected = corpus.expectedMonthlyPromoting("langchain");
                assertThat(GeneratedCorpus.monthlyIn(promotedDb.dsl())).as("every term's monthly counts, langchain's "
                        + "from the generator's truth").isEqualTo(expected);
                assertThat(withoutTerm(GeneratedCorpus.weeklyIn(promotedDb.dsl()), "langchain"))
                        .as("every other term's weekly counts").isEqualTo(corpus.expectedWeekly());
            }
            Map<LocalDate, Long> langchainByMonth = new TreeMap<>();
            pipeline.get("/api/skills/langchain/trend?grain=month&" + ALL_TIME).body().transform(this::tree)
                    .path("points").forEach(p -> {
                        if (p.path("postings").asLong() > 0) {
                            langchainByMonth.put(LocalDate.parse(p.path("period").asText()), p.path("postings").asLong());
                        }
                    });
            Map<LocalDate, Long> planted = new TreeMap<>();
            corpus.truth().emergingByMonth().forEach((month, keys) -> {
                if (keys.getOrDefault("langchain", 0) > 0) {
                    planted.put(month, keys.get("langchain").longValue());
                }
            });
            assertThat(langchainByMonth).as("the API's monthly history of the promoted term").isEqualTo(planted)
                    .isNotEmpty();
            assertThat(pipeline.get("/api/taxonomy").body()).contains("\"id\":\"langchain\",\"label\":\"LangChain\"");
            assertThat(pipeline.post("/api/extract", "{\"text\":\"Agents with LangChain and Python\"}").body())
                    .as("the skill-gap extractor knows the term").contains("\"id\":\"langchain\"");
            assertThat(pipeline.get("/api/categories/trend?category=emerging").statusCode()).isEqualTo(200);
            assertThat(Files.readString(dir.resolve(TaxonomyOverlay.FILE_NAME))).contains("\"langchain\"");
            JsonNode health = tree(pipeline.get("/api/health").body());
            assertThat(health.path("status").asText()).as("health after the switch: " + health).isEqualTo("UP");
            assertThat(health.path("components").path("postingDetails").asText()).isEqualTo("UP");
            assertThat(pipeline.get("/metrics").body()).as("metrics follow the new projector")
                    .contains("skillpulse_projector_state{state=\"UP\"} 1.0");
            assertThat(oldTopology.state()).as("the old topology stopped")
                    .isIn(KafkaStreams.State.NOT_RUNNING, KafkaStreams.State.PENDING_SHUTDOWN);

            // Until the switch every read was the old, complete set: no langchain, and never fewer postings than
            // at the promotion beyond what the later records could take away (deletions, edits, resends).
            long mayTakeAway = changesToEarlierIds(corpus.postings(), half);
            List<Read> before = reads.stream().filter(r -> r.langchain() < 0).toList();
            List<Read> after = reads.stream().filter(r -> r.langchain() >= 0).toList();
            assertThat(before).as("reads while building").isNotEmpty();
            assertThat(before).allSatisfy(r -> assertThat(r.totalPostings())
                    .isGreaterThanOrEqualTo(atPromote.totalPostings() - mayTakeAway));
            assertThat(after).allSatisfy(r -> {
                assertThat(r.totalPostings()).isGreaterThanOrEqualTo(atPromote.totalPostings() - mayTakeAway);
                assertThat(r.atNanos()).as("langchain never shows before the last read without it")
                        .isGreaterThan(before.get(before.size() - 1).atNanos());
            });
            long plantedTotal = planted.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("promote: %,d postings counted at the promotion; %d reads while building (langchain absent, "
                    + ">= %,d postings), %d after the "
                    + "switch; generation %s switched %.1f s after the promotion (%,d postings records replayed, "
                    + "%,.0f /s); langchain %,d postings over %d months equal to the generator's truth; other counts "
                    + "equal the truth (%d months)%n", atPromote.totalPostings(), before.size(), atPromote.totalPostings() - mayTakeAway,
                    after.size(), generation, (switched - promoted) / 1e9, status.path("replayed").asLong(),
                    status.path("rate").asDouble(), plantedTotal, planted.size(),
                    corpus.expectedMonthly().size());

            // A second promotion replaces the first's generation the same way, keeping its term.
            HttpResponse<String> second = pipeline.post("/api/promote", "{\"key\":\"pinecone\",\"label\":"
                    + "\"Pinecone\",\"surfaces\":[\"Pinecone\"]}");
            assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
            String secondGeneration = awaitSwitched(pipeline, Duration.ofSeconds(90)).path("generation").asText();
            assertThat(secondGeneration).isNotEqualTo(generation);
            try (Database promotedDb = pipeline.promotedDatabase(secondGeneration)) {
                Readiness.awaitVisible(pipeline.bootstrap(), new CountWriter(promotedDb.dsl()), Duration.ofMinutes(1),
                        secondGeneration);
                assertThat(GeneratedCorpus.monthlyIn(promotedDb.dsl())).as("after the second promotion")
                        .isEqualTo(corpus.expectedMonthlyPromoting("langchain", "pinecone"));
            }
            assertThat(read(pipeline).langchain()).isEqualTo(plantedTotal);
        }
    }

    @Test
    void shouldRefuseBadPromotionsNamingTheFieldAndChangeNothing() throws Exception {
        try (TestPipeline pipeline = TestPipeline.startPromoting(1, dir)) {
            HttpResponse<String> noToken = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(pipeline.url("/api/promote")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"langchain\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertRefused(noToken, 401, "Authorization");
            assertRefused(pipeline.post("/api/promote", "{\"key\":\"langchain\"}"), 400, "label");
            assertRefused(pipeline.post("/api/promote", "{\"label\":\"LangChain\"}"), 400, "key");
            assertRefused(pipeline.post("/api/promote", "{\"key\":\"langchain\",\"label\":\"LangChain\","
                    + "\"type\":\"gadget\"}"), 400, "type");
            assertRefused(pipeline.post("/api/promote", "{\"key\":\"langchain\",\"label\":\"LangChain\","
                    + "\"surfaces\":[]}"), 400, "surfaces");
            HttpResponse<String> guideTerm = pipeline.post("/api/promote", "{\"key\":\"python\",\"label\":"
                    + "\"Python\"}");
            assertRefused(guideTerm, 409, "key");
            assertThat(guideTerm.body()).contains("already in the guide's taxonomy");

            assertThat(tree(pipeline.get("/api/promote").body()).path("state").asText()).isEqualTo("idle");
            assertThat(Files.exists(dir.resolve(TaxonomyOverlay.FILE_NAME))).as("no overlay written").isFalse();
        }
    }

    private void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(tree(response.body()).path("field").asText()).as(response.body()).isEqualTo(field);
    }

    private Read read(TestPipeline pipeline) throws Exception {
        JsonNode top = tree(pipeline.get("/api/skills/top?limit=500&" + ALL_TIME).body());
        long langchain = -1;
        for (JsonNode skill : top.path("skills")) {
            if (skill.path("id").asText().equals("langchain")) {
                langchain = skill.path("postings").asLong();
            }
        }
        return new Read(top.path("totalPostings").asLong(), langchain, System.nanoTime());
    }

    private JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private JsonNode awaitSwitched(TestPipeline pipeline, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = tree(pipeline.get("/api/promote").body());
            String state = status.path("state").asText();
            if (state.equals("switched")) {
                return status;
            }
            assertThat(state).as(status.toString()).isEqualTo("building");
            assertThat(System.nanoTime()).as("switched within " + timeout + ": " + status).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The records from {@code from} on that delete, edit or resend an id seen earlier. */
    private static long changesToEarlierIds(List<Posting> postings, int from) {
        Set<String> seen = new HashSet<>();
        long changes = 0;
        for (int i = 0; i < postings.size(); i++) {
            if (!seen.add(postings.get(i).id()) && i >= from) {
                changes++;
            } else if (i >= from && postings.get(i).deleted()) {
                changes++;
            }
        }
        return changes;
    }

    private static Map<LocalDate, Truth.Week> withoutTerm(Map<LocalDate, Truth.Week> counts, String term) {
        Map<LocalDate, Truth.Week> without = new TreeMap<>();
        counts.forEach((period, week) -> {
            Map<String, Integer> terms = new TreeMap<>(week.terms());
            terms.remove(term);
            without.put(period, new Truth.Week(week.postings(), terms));
        });
        return without;
    }
}

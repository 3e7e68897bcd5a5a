package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.store.PostingDetailWriter;
import dev.skillpulse.store.PostingPage;
import dev.skillpulse.store.PostingQueries;
import dev.skillpulse.store.PostingRow;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drill-down and HTTP ingest's checks. Three counted postings with details; r1's details are written too but it
 * is not counted (a repost of another id), and gone's details were deleted. Ingest goes to a sink that keeps what
 * it is sent; the path through Kafka to the counts is PostingIngestEndToEndTest's.
 */
class PostingsApiTest {
    private static final String TOKEN = "s3cret-token";
    private static final Profile DE = new Profile("DE", "DE/Berlin", "senior", "masters", "unknown", "2-4");
    private static final Profile US = new Profile("US", "US/CA", "mid", "unknown", "unknown", "unknown");
    private static final List<Posting> SENT = new ArrayList<>();
    private static final PostingQueries.Filter ALL = new PostingQueries.Filter(null, null, null, null, null);
    private static ApiFixture api;

    /** Keeps what it is sent, as the reader tests' sink does. */
    private static final class ListSink implements PostingSink {
        @Override
        public void send(Posting posting) {
            SENT.add(posting);
        }

        @Override
        public long flush() {
            return SENT.size();
        }

        @Override
        public void close() {
        }
    }

    private static Posting posting(String id, String title, String company, LocalDate day) {
        return Posting.of(id, title, company, new Location("Berlin", null, "DE"), day, "", "https://jobs.example/" + id,
                "test");
    }

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture()
                .posting("a1", LocalDate.of(2024, 3, 1), DE, "python", "pytorch")
                .posting("a2", LocalDate.of(2024, 3, 20), DE, "python")
                .posting("a3", LocalDate.of(2024, 2, 10), US, "sql");
        Map<String, Posting> details = new HashMap<>();
        details.put("a1", posting("a1", "Senior Machine Learning Engineer", "Acme Robotics", LocalDate.of(2024, 3, 1)));
        details.put("a2", posting("a2", "Data Engineer", "Globex", LocalDate.of(2024, 3, 20)));
        details.put("a3", posting("a3", "ML Engineer, Platform", "Initech", LocalDate.of(2024, 2, 10)));
        details.put("r1", posting("r1", "Senior Machine Learning Engineer", "Acme Robotics", LocalDate.of(2024, 3, 2)));
        details.put("gone", posting("gone", "Machine Learning Engineer", "Umbrella", LocalDate.of(2024, 3, 3)));
        PostingDetailWriter writer = new PostingDetailWriter(api.db().dsl());
        writer.write(details);
        Map<String, Posting> deletion = new HashMap<>();
        deletion.put("gone", null);
        writer.write(deletion);
        writer.write(Map.of("a2", details.get("a2"))); // redelivered: the same row again
        api.start(db -> List.of(new PostingsController(new PostingQueries(db.dsl()), ApiFixture.TAXONOMY),
                new IngestController(new ListSink(), TOKEN)));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @BeforeEach
    void forget() {
        SENT.clear();
    }

    private static HttpResponse<String> post(String type, String body, String... headers) throws Exception {
        return api.post("/api/postings", type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static HttpResponse<String> postWithToken(String type, String body) throws Exception {
        return post(type, body, "Authorization", "Bearer " + TOKEN);
    }

    @Test
    void listsCountedPostingsNewestFirstWithTheirTermsAndCopies() throws Exception {
        JsonNode page = api.json("/api/postings");

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("postings")).extracting(p -> p.path("id").asText()).containsExactly("a2", "a1", "a3");
        JsonNode a1 = page.path("postings").get(1);
        assertThat(a1.path("title").asText()).isEqualTo("Senior Machine Learning Engineer");
        assertThat(a1.path("place").asText()).isEqualTo("Berlin, DE");
        assertThat(a1.path("terms")).extracting(JsonNode::asText).containsExactly("python", "pytorch");
        assertThat(a1.path("copies").asInt()).isEqualTo(1);
        assertThat(a1.path("url").asText()).isEqualTo("https://jobs.example/a1");
    }

    @Test
    void searchesTitleAndCompanyByWords() throws Exception {
        assertThat(api.json("/api/postings?q=machine%20learning").path("postings"))
                .extracting(p -> p.path("id").asText()).containsExactly("a1");
        assertThat(api.json("/api/postings?q=initech").path("postings"))
                .extracting(p -> p.path("id").asText()).containsExactly("a3");
    }

    @Test
    void filtersBySkillCountryAndDates() throws Exception {
        assertThat(api.json("/api/postings?skill=python&country=de&from=2024-03-10").path("postings"))
                .extracting(p -> p.path("id").asText()).containsExactly("a2");
    }

    @Test
    void pagesThroughTheMatches() throws Exception {
        JsonNode second = api.json("/api/postings?page=2&size=2");

        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("postings")).extracting(p -> p.path("id").asText()).containsExactly("a3");
    }

    @Test
    void saysTheTotalIsExactBelowTheCap() throws Exception {
        JsonNode page = api.json("/api/postings?skill=python");

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("totalIsExact").asBoolean()).isTrue();
    }

    @Test
    void stopsCountingAtTheCapAndSaysTheTotalIsALowerBound() {
        PostingPage page = capped(2).page(ALL, 1, 2);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.totalIsExact()).isFalse();
        assertThat(page.postings()).extracting(PostingRow::id).containsExactly("a2", "a1");
    }

    @Test
    void countsExactlyWhenAsManyMatchAsTheCap() {
        PostingPage page = capped(2).page(new PostingQueries.Filter("python", null, null, null, null), 1, 20);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.totalIsExact()).isTrue();
    }

    @Test
    void pagesWithinTheCapWhenMoreMatch() {
        PostingPage second = capped(2).page(ALL, 2, 1);

        assertThat(second.totalIsExact()).isFalse();
        assertThat(second.postings()).extracting(PostingRow::id).containsExactly("a1");
    }

    @Test
    void refusesAPageStartingPastTheCap() throws Exception {
        int past = PostingQueries.TOTAL_CAP / 20 + 1;
        HttpResponse<String> response = api.get("/api/postings?size=20&page=" + past);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("page");
    }

    /** With a cap of 1 the filters matching both a1 and a2 are capped and walk the dates; with 100 none is. */
    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void combinesFiltersWhetherCappedOrNot(int cap) {
        PostingQueries queries = capped(cap);

        assertThat(ids(queries, "python", null, "DE", LocalDate.of(2024, 3, 10), null)).containsExactly("a2");
        assertThat(ids(queries, "python", null, "DE", null, null)).containsExactly("a2", "a1");
        assertThat(ids(queries, null, "engineer", "DE", null, null)).containsExactly("a2", "a1");
        assertThat(ids(queries, null, "engineer", "DE", null, LocalDate.of(2024, 3, 19))).containsExactly("a1");
        assertThat(ids(queries, "python", null, "US", null, null)).isEmpty();
    }

    private static List<String> ids(PostingQueries queries, String term, String words, String country,
            LocalDate from, LocalDate to) {
        return queries.page(new PostingQueries.Filter(term, words, country, from, to), 1, 20).postings().stream()
                .map(PostingRow::id).toList();
    }

    private static PostingQueries capped(int cap) {
        return new PostingQueries(api.db().dsl(), cap);
    }

    @Test
    void answersTheListAsCsv() throws Exception {
        HttpResponse<String> csv = api.get("/api/postings?format=csv&skill=sql");

        assertThat(csv.body().split("\r\n")).containsExactly("id,title,company,place,date,terms,copies,url",
                "a3,\"ML Engineer, Platform\",Initech,\"Berlin, DE\",2024-02-10,sql,1,https://jobs.example/a3");
    }

    @Test
    void answersNotFoundForAnUnknownSkill() throws Exception {
        HttpResponse<String> response = api.get("/api/postings?skill=cobol");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("skill");
    }

    @Test
    void refusesAPageSizeOverOneHundred() throws Exception {
        HttpResponse<String> response = api.get("/api/postings?size=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("size");
    }

    @Test
    void ingestAcceptsValidPostingsAndNamesEachRejectedOneWithItsReason() throws Exception {
        HttpResponse<String> response = postWithToken("application/json", "["
                + "{\"id\":\"n1\",\"title\":\"ML Engineer\",\"postedAt\":\"2024-04-02\",\"description\":\"Python\"},"
                + "{\"id\":\"n2\",\"title\":\"No date\"},"
                + "{\"id\":\"n3\",\"postedAt\":\"2024-04-03\",\"description\":\"SQL\"}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode outcome = ApiFixture.parse(response.body());
        assertThat(outcome.path("accepted").asInt()).isEqualTo(2);
        assertThat(outcome.path("rejected").get(0).path("item").asInt()).isEqualTo(1);
        assertThat(outcome.path("rejected").get(0).path("id").asText()).isEqualTo("n2");
        assertThat(outcome.path("rejected").get(0).path("reason").asText()).isEqualTo("missing field 'postedAt'");
        assertThat(SENT).extracting(Posting::id).containsExactly("n1", "n3");
    }

    @Test
    void ingestReadsAJsonLinesFileNamingRejectedLines() throws Exception {
        HttpResponse<String> response = postWithToken("application/x-ndjson",
                "{\"id\":\"f1\",\"postedAt\":\"2024-04-02\",\"description\":\"Python\"}\nnot json\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode outcome = ApiFixture.parse(response.body());
        assertThat(outcome.path("accepted").asInt()).isEqualTo(1);
        assertThat(outcome.path("rejected").get(0).path("item").asInt()).isEqualTo(2);
    }

    @Test
    void ingestReadsACsvFile() throws Exception {
        HttpResponse<String> response = postWithToken("text/csv; charset=utf-8",
                "id,title,postedAt,description\nc1,ML Engineer,2024-04-02,Python and SQL\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(SENT).extracting(Posting::id).containsExactly("c1");
    }

    @Test
    void ingestRefusesARequestWithoutToken() throws Exception {
        HttpResponse<String> response = post("application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("Authorization");
    }

    @Test
    void ingestRefusesAWrongToken() throws Exception {
        HttpResponse<String> response = post("application/json", "{}", "Authorization", "Bearer guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SENT).isEmpty();
    }

    @Test
    void ingestIsOffWithoutAConfiguredTokenAndSaysHowToTurnItOn() throws Exception {
        try (ApiFixture off = new ApiFixture()) {
            off.start(db -> List.of(new IngestController(new ListSink(), null)));
            HttpResponse<String> response = off.post("/api/postings", "application/json", "{}".getBytes(),
                    "Authorization", "Bearer anything");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ApiFixture.parse(response.body()).path("error").asText())
                    .contains(IngestController.TOKEN_VARIABLE);
        }
    }

    @Test
    void ingestRefusesAnotherContentType() throws Exception {
        HttpResponse<String> response = postWithToken("application/xml", "<posting/>");

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void ingestRefusesMoreThanAThousandItemsAndSendsNone() throws Exception {
        String item = "{\"id\":\"x\",\"postedAt\":\"2024-04-02\"}";
        HttpResponse<String> response = postWithToken("application/json",
                "[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(SENT).isEmpty();
    }

    @Test
    void ingestRefusesABodyOverFiveMegabytes() throws Exception {
        String description = "x".repeat(IngestController.MAX_BYTES);
        HttpResponse<String> response = postWithToken("application/json",
                "{\"id\":\"big\",\"postedAt\":\"2024-04-02\",\"description\":\"" + description + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void ingestRefusesABodyThatIsNotJson() throws Exception {
        HttpResponse<String> response = postWithToken("application/json", "[{\"id\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("body");
    }
}

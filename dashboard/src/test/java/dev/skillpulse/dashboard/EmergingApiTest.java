package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.store.EmergingQueries;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /api/emerging over HTTP: 40 postings in June 2025, 12 asking for dbt and 4 for qdrant; 40 in June 2024, 2 asking
 * for dbt. (Ranking and folding are checked against hand counts in the store's EmergingQueriesTest.)
 */
class EmergingApiTest {
    private static final Profile ANY = new Profile("DE", "DE/x", "mid", "unknown", "unknown", "unknown");
    private static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture();
        for (int n = 0; n < 40; n++) {
            List<String> now = n < 12 ? List.of("dbt") : n < 16 ? List.of("qdrant") : List.of();
            api.postingBeyond("now" + n, LocalDate.of(2025, 6, 3), ANY, now, "python");
            api.postingBeyond("then" + n, LocalDate.of(2024, 6, 3), ANY, n < 2 ? List.of("dbt") : List.of(), "python");
        }
        api.start(db -> List.of(new EmergingController(new EmergingQueries(db.dsl(), ApiFixture.TAXONOMY))));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void shouldCompareTheNewestTwelveMonthsWithAYearEarlierByDefault() throws Exception {
        JsonNode e = api.json("/api/emerging");

        assertThat(e.path("from").asText()).isEqualTo("2024-07-01");
        assertThat(e.path("to").asText()).isEqualTo("2025-06-01");
        assertThat(e.path("baselineFrom").asText()).isEqualTo("2023-07-01");
        JsonNode dbt = e.path("candidates").get(0);
        assertThat(dbt.path("key").asText()).isEqualTo("dbt");
        assertThat(dbt.path("postings").asLong()).isEqualTo(12);
        assertThat(dbt.path("share").asDouble()).isEqualTo(12 / 40.0);
        assertThat(dbt.path("baselineShare").asDouble()).isEqualTo(2 / 40.0);
        assertThat(dbt.path("examples")).hasSize(3);
        assertThat(dbt.path("companions").get(0).path("id").asText()).isEqualTo("python");
        assertThat(e.path("method").asText()).contains("minPostings");
    }

    @Test
    void shouldLeaveOutCandidatesUnderMinPostings() throws Exception {
        assertThat(api.json("/api/emerging?minPostings=5").path("candidates")).extracting(c -> c.path("key").asText())
                .containsExactly("dbt");
        assertThat(api.json("/api/emerging?minPostings=4").path("candidates")).extracting(c -> c.path("key").asText())
                .containsExactly("dbt", "qdrant");
    }

    @Test
    void shouldAnswerARowPerCandidateAsCsv() throws Exception {
        HttpResponse<String> csv = api.get("/api/emerging?minPostings=4&format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(csv.body()).startsWith("key,label,");
    }

    @Test
    void shouldNameTheFieldOfABadLimit() throws Exception {
        HttpResponse<String> response = api.get("/api/emerging?limit=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("limit");
    }

    @Test
    void shouldNameTheFieldOfABadMonth() throws Exception {
        HttpResponse<String> response = api.get("/api/emerging?from=2025-13-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("from");
    }
}

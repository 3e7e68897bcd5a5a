package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.TermGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outlook against a hand-computed case. January to June 2023 have 10 postings each; in month i (1..6), i of them
 * mention Kubeflow (an MLOps term) and 7 - i mention Hadoop, so Kubeflow's share is exactly 0.1 i and Hadoop's
 * 0.7 - 0.1 i: slopes +0.1 and -0.1 per month with no residual, so intervals of no width. January 2024 has 15
 * postings: 50 % more than January 2023.
 */
class OutlookApiTest {
    private static final Profile ANY = new Profile("DE", "DE/x", "mid", "unknown", "unknown", "unknown");
    private static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture();
        for (int month = 1; month <= 6; month++) {
            for (int n = 0; n < 10; n++) {
                List<String> terms = new ArrayList<>(List.of("python"));
                terms.add(n < month ? "kubeflow" : n < 7 ? "hadoop" : "sql");
                api.posting("m" + month + "-" + n, LocalDate.of(2023, month, 5), ANY, terms.toArray(String[]::new));
            }
        }
        for (int n = 0; n < 15; n++) {
            api.posting("y" + n, LocalDate.of(2024, 1, 9), ANY, "python");
        }
        api.start(db -> List.of(new OutlookController(new OutlookQueries(new ShareQueries(db.dsl(), TermGroups.of(ApiFixture.TAXONOMY)),
                ApiFixture.TAXONOMY))));
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void volumeGrowthComparesAMonthWithTheSameMonthAYearBefore() throws Exception {
        JsonNode points = api.json("/api/outlook").path("volume").path("points");

        JsonNode last = points.get(points.size() - 1);
        assertThat(last.path("period").asText()).isEqualTo("2024-01-01");
        assertThat(last.path("yoyGrowth").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(points.get(0).path("yoyGrowth").isNull()).isTrue();
    }

    @Test
    void aTermWhoseShareGrowsEveryMonthIsRisingWithItsSlope() throws Exception {
        JsonNode rising = api.json("/api/outlook?to=2023-06-30").path("rising");

        assertThat(rising).hasSize(1);
        assertThat(rising.get(0).path("id").asText()).isEqualTo("kubeflow");
        assertThat(rising.get(0).path("slope").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(rising.get(0).path("low").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(rising.get(0).path("share").asDouble()).isCloseTo(21 / 60.0, within(1e-12));
    }

    @Test
    void aTermWhoseShareFallsEveryMonthIsDeclining() throws Exception {
        JsonNode declining = api.json("/api/outlook?to=2023-06-30").path("declining");

        assertThat(declining).extracting(n -> n.path("id").asText()).containsExactly("hadoop");
        assertThat(declining.get(0).path("slope").asDouble()).isCloseTo(-0.1, within(1e-9));
    }

    @Test
    void theMlopsClaimIsSupportedWhenItsShareRisesAndGrowthIsNotWhenVolumeIsFlat() throws Exception {
        JsonNode claims = api.json("/api/outlook?to=2023-06-30").path("claims");

        assertThat(claims.get(0).path("id").asText()).isEqualTo("growth");
        assertThat(claims.get(0).path("verdict").asText()).isEqualTo("not supported");
        assertThat(claims.get(2).path("id").asText()).isEqualTo("mlops");
        assertThat(claims.get(2).path("verdict").asText()).isEqualTo("supported");
        assertThat(claims.get(2).path("sentence").asText()).contains("+10.00 share points per month");
    }
}

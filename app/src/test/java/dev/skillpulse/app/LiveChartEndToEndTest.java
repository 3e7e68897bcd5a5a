package dev.skillpulse.app;

import static dev.skillpulse.app.TestPipeline.posting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.dashboard.Browser;
import dev.skillpulse.store.CountWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A posting loaded while a page is open reaches its chart without a reload, on real parts: POST /api/postings, the
 * broker, the topology, the count projector, PostgreSQL, and the dashboard's /api/events driving the explorer in
 * headless Chromium. Three postings in April 2024, k1 and k2 mentioning Kubeflow; the explorer is open on Kubeflow's
 * monthly count when k4 (Kubeflow, April) is posted and then edited to no longer mention Kubeflow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveChartEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The last point of the explorer's first line, or null while it draws none. */
    private static final String LAST_POINT = "const c = Chart.getChart('compare-chart');"
            + " const d = c && c.data.datasets.length ? c.data.datasets[0].data : [];"
            + " return d.length ? d[d.length - 1] : null;";
    private static final String LABELS = "return Chart.getChart('compare-chart').data.labels;";

    @TempDir
    static Path dir;

    private static TestPipeline pipeline;
    private static Browser browser;

    @BeforeAll
    static void openTheExplorerOnKubeflowWhileItIsLive() throws Exception {
        pipeline = TestPipeline.start(1, Map.of());
        pipeline.startTopology(dir.resolve("streams"));
        assertAccepted(pipeline.postPostings("["
                + posting("k1", "2024-04-02", "ML Engineer", "Acme", "Python and Kubeflow on GKE") + ","
                + posting("k2", "2024-04-09", "MLOps Engineer", "Globex", "Kubeflow pipelines in Python") + ","
                + posting("p3", "2024-04-16", "Data Analyst", "Initech", "Python and SQL") + "]"), 3);
        // Counted before the page opens, so that its first load draws them and only the tests rely on live updates.
        Readiness.awaitVisible(pipeline.bootstrap(), new CountWriter(pipeline.db().dsl()), Duration.ofSeconds(30));
        browser = Browser.start();

        browser.open(pipeline.url("/explorer?terms=kubeflow&grain=month&metric=count"));

        browser.await(LAST_POINT, v -> v instanceof Number n && n.longValue() == 2);
        browser.await("return document.getElementById('live').textContent", "live"::equals);
        browser.js("window.notReloaded = true");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void aPostingLoadedWhileTheExplorerIsOpenAddsOneToItsChartWithoutAReload() throws Exception {
        assertAccepted(pipeline.postPostings(
                posting("k4", "2024-04-23", "Platform Engineer", "Umbrella", "Kubeflow on Kubernetes")), 1);

        Number grown = browser.await(LAST_POINT, v -> v instanceof Number n && n.longValue() != 2);

        assertThat(grown.longValue()).isEqualTo(3);
        assertThat(browser.js(LABELS)).isEqualTo(List.of("2024-04"));
        assertThat(browser.js("return window.notReloaded === true")).isEqualTo(true);
        screenshot("live-chart-after-posting");
    }

    @Test
    @Order(2)
    void anEditDroppingTheTermTakesItsPostingOffTheOpenChart() throws Exception {
        assertThat(browser.js(LAST_POINT)).as("k4 on the open chart, as the test before left it").isEqualTo(3L);
        assertAccepted(pipeline.postPostings(
                posting("k4", "2024-04-23", "Platform Engineer", "Umbrella", "Terraform on Kubernetes")), 1);

        Number shrunk = browser.await(LAST_POINT, v -> v instanceof Number n && n.longValue() != 3);

        assertThat(shrunk.longValue()).isEqualTo(2);
        assertThat(browser.js("return window.notReloaded === true")).isEqualTo(true);
        screenshot("live-chart-after-edit");
    }

    /** The whole page once its refresh has finished: the postings list may arrive after the chart. */
    private static void screenshot(String name) throws Exception {
        browser.await("return document.getElementById('status').textContent", ""::equals);
        browser.fullScreenshot(name, 1280);
    }

    private static void assertAccepted(HttpResponse<String> response, int postings) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).path("accepted").asInt()).as(response.body()).isEqualTo(postings);
    }
}

package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

/**
 * Every page in a real headless Chromium against the dashboard serving known counts: it loads without console
 * errors, its charts draw the API's numbers, its forms answer, and new counts reach it without a reload.
 */
class PagesBrowserTest extends PageBrowserTest {
    private static final String SETTLED = "const s = document.getElementById('status');"
            + " return !!s && s.textContent === '' && document.querySelectorAll('canvas').length >= arguments[0]"
            + " && [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c) && Chart.getChart(c).data.labels.length > 0);";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldLoadTheOutlookPageWithoutConsoleErrors() throws Exception {
        assertLoadsCleanly("/", "outlook", 1);
    }

    @Test
    void shouldLoadTheExplorerWithoutConsoleErrors() throws Exception {
        assertLoadsCleanly("/explorer?terms=python,mlops,sql", "explorer", 2);
    }

    @Test
    void shouldLoadTheRequirementsPageWithoutConsoleErrors() throws Exception {
        assertLoadsCleanly("/requirements", "requirements", 1);
    }

    @Test
    void shouldLoadTheSkillGapPageWithoutConsoleErrors() throws Exception {
        assertLoadsCleanly("/skill-gap", "skill-gap", 0);
    }

    @Test
    void shouldLoadTheUploadPageWithoutConsoleErrors() throws Exception {
        assertLoadsCleanly("/upload", "upload", 0);
    }

    @Test
    void shouldStillReadInAPhoneSizedWindow() throws Exception {
        browser.windowSize(390, 844);
        try {
            browser.open(fixture.url("/"));
            browser.await(SETTLED, Boolean.TRUE::equals, 1);
            Number overflow = (Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth");
            browser.fullScreenshot("outlook-phone", 390);
            assertThat(overflow.intValue()).as("horizontal overflow in px at 390 px wide").isLessThanOrEqualTo(0);
        } finally {
            browser.windowSize(1280, 1000);
        }
    }

    @Test
    void shouldDrawTheComparedTermsWithTheNumbersOfTheCompareEndpoint() throws Exception {
        browser.open(fixture.url("/explorer?terms=python,mlops&grain=month&metric=count"));
        browser.await(SETTLED, Boolean.TRUE::equals, 2);
        JsonNode api = json("/api/compare?skills=python,mlops&grain=month");

        Map<String, Object> drawn = chart("compare-chart");

        assertThat(datasetData(drawn, 0)).isEqualTo(numbers(api.get("series").get(0).get("points"), "postings", 1));
        assertThat(datasetData(drawn, 1)).isEqualTo(numbers(api.get("series").get(1).get("points"), "postings", 1));
    }

    @Test
    void shouldDrawTheMlopsClaimWithTheSharesOfTheOutlookEndpoint() throws Exception {
        browser.open(fixture.url("/"));
        browser.await(SETTLED, Boolean.TRUE::equals, 3);
        JsonNode api = json("/api/outlook");

        Map<String, Object> drawn = chart("mlops-chart");

        assertThat(datasetData(drawn, 0)).isEqualTo(numbers(api.get("mlops").get("points"), "share", 100));
        assertThat(browser.driver().findElement(By.cssSelector("#claim-mlops .sentence")).getText())
                .isEqualTo(claim(api, "mlops").get("sentence").asText());
    }

    @Test
    void shouldDrawTheRisingTermsBeyondTheGuideWithTheSharesOfTheEmergingEndpoint() throws Exception {
        browser.open(fixture.url("/"));
        browser.await(SETTLED, Boolean.TRUE::equals, 4);
        JsonNode api = json("/api/emerging?limit=20");
        JsonNode top = api.get("candidates").get(0);

        Map<String, Object> drawn = chart("beyond-chart");

        assertThat(top.get("key").asText()).isEqualTo("langchain");
        assertThat(datasetData(drawn, 0)).isEqualTo(numbers(top.get("months"), "share", 100));
        assertThat(browser.driver().findElement(By.cssSelector("#beyond-card .sentence")).getText())
                .startsWith("LangChain rose most among the terms the guide does not name");
        assertThat(browser.driver().findElements(By.cssSelector("#beyond-table tbody tr")))
                .hasSize(api.get("candidates").size());
    }

    @Test
    void shouldAskForTheTokenAndSayWhyWhenAPromotionIsRefused() throws Exception {
        browser.open(fixture.url("/"));
        browser.await(SETTLED, Boolean.TRUE::equals, 4);
        browser.driver().findElement(By.cssSelector("#beyond-table tr[data-key=langchain] button.promote")).click();
        browser.driver().findElement(By.id("promote-token")).clear();
        browser.driver().findElement(By.id("promote-token")).sendKeys("not-the-token");
        browser.driver().findElement(By.cssSelector("#promote-form button[type=submit]")).click();

        browser.await("return document.getElementById('promote-status').textContent", t -> !String.valueOf(t).isEmpty(), 0);
        browser.fullScreenshot("outlook-beyond-the-guide", 1280);

        assertThat(browser.driver().findElement(By.id("promote-status")).getText()).startsWith("Not promoted (HTTP ");
    }

    @Test
    void shouldShowInTheTableViewExactlyWhatTheChartDraws() throws Exception {
        browser.open(fixture.url("/requirements"));
        browser.await(SETTLED, Boolean.TRUE::equals, 1);
        browser.driver().findElement(By.cssSelector("#experience .chart-tools button")).click();

        List<String> cells = browser.driver().findElements(By.cssSelector("#experience-chart-table tbody td"))
                .stream().map(e -> e.getText()).toList();

        List<String> drawn = datasetData(chart("experience-chart"), 0).stream().map(PagesBrowserTest::plain).toList();
        assertThat(cells).isEqualTo(drawn).isNotEmpty();
    }

    @Test
    void shouldAnswerTheSkillGapFormWithCoveredAndMissingTerms() throws Exception {
        browser.open(fixture.url("/skill-gap"));
        browser.driver().findElement(By.id("resume")).sendKeys("Five years of Python and PyTorch; some Docker.");
        browser.driver().findElement(By.cssSelector("#gap-form button[type=submit]")).click();
        browser.await("return document.querySelectorAll('.terms-miss li').length", n -> ((Number) n).intValue() > 0);

        String covered = browser.driver().findElement(By.cssSelector(".terms-have")).getText();
        String missing = browser.driver().findElement(By.cssSelector(".terms-miss")).getText();

        assertThat(covered).contains("Python", "PyTorch", "Docker");
        assertThat(missing).contains("SQL", "MLOps").doesNotContain("PyTorch");
        browser.fullScreenshot("skill-gap-answer", 1280);
    }

    @Test
    void shouldRedrawAChartWhenNewCountsArriveWithoutReloading() throws Exception {
        browser.open(fixture.url("/explorer?terms=kubeflow&grain=month&metric=count"));
        browser.await(SETTLED, Boolean.TRUE::equals, 1);
        browser.js("window.notReloaded = true");
        List<Object> before = datasetData(chart("compare-chart"), 0);
        browser.await("return document.getElementById('live').textContent", "live"::equals);

        fixture.project(DemoPostings.one("late-1", DemoPostings.lastWeek(), List.of("python", "kubeflow")));

        List<Object> after = browser.await(
                "const c = Chart.getChart('compare-chart'); return c ? c.data.datasets[0].data : null;",
                d -> d != null && !d.equals(before));
        assertThat(browser.js("return window.notReloaded === true")).isEqualTo(true);
        long added = ((Number) after.get(after.size() - 1)).longValue() - ((Number) before.get(before.size() - 1)).longValue();
        assertThat(added).isEqualTo(1);
    }

    @Test
    void shouldNotLetAReaderCombineAnIndustryWithACountry() throws Exception {
        browser.open(fixture.url("/requirements"));
        browser.await("const s = document.getElementById('f-industry'); return s && s.options.length > 1", Boolean.TRUE::equals);

        browser.js("const s = document.getElementById('f-industry'); s.value = s.options[1].value;"
                + "s.dispatchEvent(new Event('change', { bubbles: true }));");

        assertThat(browser.js("return document.getElementById('f-country').disabled")).isEqualTo(true);
        assertThat(browser.js("return document.getElementById('f-seniority').disabled")).isEqualTo(true);
        browser.js("const s = document.getElementById('f-industry'); s.value = '';"
                + "s.dispatchEvent(new Event('change', { bubbles: true }));");
        assertThat(browser.js("return document.getElementById('f-country').disabled")).isEqualTo(false);
    }

    @Test
    void shouldStillFetchAfterVisitingMorePagesThanTheBrowserHasConnections() throws Exception {
        for (String page : List.of("/", "/explorer", "/requirements", "/", "/explorer", "/requirements", "/")) {
            browser.open(fixture.url(page));
            browser.await("return document.getElementById('live').textContent", "live"::equals);
        }
        browser.open(fixture.url("/explorer?terms=sql"));

        browser.await(SETTLED, Boolean.TRUE::equals, 2);
    }

    private void assertLoadsCleanly(String path, String name, int charts) throws Exception {
        browser.severeLogs();
        browser.open(fixture.url(path));
        browser.await(SETTLED, Boolean.TRUE::equals, charts);
        Path shot = browser.fullScreenshot(name, 1280);
        List<LogEntry> errors = unexpected(browser.severeLogs());
        assertThat(errors).as("console errors on " + path + " (screenshot " + shot + ")").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(String canvasId) {
        return (Map<String, Object>) browser.chartData(canvasId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> datasetData(Map<String, Object> chart, int index) {
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) chart.get("datasets");
        return ((List<Object>) datasets.get(index).get("data")).stream().map(PagesBrowserTest::normal).toList();
    }

    /** The API's numbers as the page must draw them: counts as they are, shares in percent to two decimals. */
    private static List<Object> numbers(JsonNode points, String field, int scale) {
        List<Object> values = new ArrayList<>();
        points.forEach(p -> values.add(normal(scale == 1 ? p.get(field).asDouble()
                : Math.round(p.get(field).asDouble() * scale * 100) / 100.0)));
        return values;
    }

    private static Object normal(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? (Object) (long) d : (Object) d;
        }
        return value;
    }

    private static String plain(Object value) {
        return String.valueOf(normal(value));
    }

    private static JsonNode claim(JsonNode outlook, String id) {
        for (JsonNode c : outlook.get("claims")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    private static JsonNode json(String path) throws Exception {
        var response = fixture.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}

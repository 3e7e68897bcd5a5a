package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages at their own URLs with the security headers, and the count events, over plain HTTP. */
class PageServingTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static PageFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new PageFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/explorer", "/requirements", "/skill-gap", "/upload"})
    void shouldServeEachPageWithAPolicyThatAllowsNoInlineScript(String path) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.body()).contains("id=\"site-header\"").doesNotContainPattern("<script>|<style|\\sstyle=\"|\\son[a-z]+=\"");
    }

    @Test
    void shouldPushTheNewVersionWhenTheAppliedPositionMoves() throws Exception {
        HttpResponse<java.io.InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/events"))).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            long first = version(lines);

            fixture.project(DemoPostings.one("sse-1", LocalDate.of(2024, 3, 4), List.of("python")));

            assertThat(version(lines)).isEqualTo(first + 1);
        }
    }

    /** Reads up to the next counts event and returns its version. */
    private static long version(BufferedReader lines) throws Exception {
        boolean counts = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("event: counts")) {
                counts = true;
            } else if (counts && line.startsWith("data: ")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("the event stream ended");
    }
}

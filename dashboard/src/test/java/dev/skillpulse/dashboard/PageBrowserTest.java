package dev.skillpulse.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.logging.LogEntry;

/** One dashboard on known counts and one headless Chromium, shared by the tests of a class. */
abstract class PageBrowserTest {
    /** Endpoints other branches add: until they answer, a page shows a notice and Chromium logs the failed load. */
    private static final Set<String> PENDING = Set.of("/api/outlook", "/api/compare", "/api/taxonomy", "/api/postings",
            "/api/requirements", "/api/extract", "/api/breakdown/industry", "/api/categories/trend");
    static PageFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        fixture = new PageFixture();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        fixture.close();
    }

    /** Severe entries other than the failed load of a pending endpoint that does answer 404 here. */
    static List<LogEntry> unexpected(List<LogEntry> entries) throws Exception {
        List<LogEntry> left = new ArrayList<>();
        for (LogEntry e : entries) {
            String pending = PENDING.stream().filter(p -> e.getMessage().contains(p + "?")
                    || e.getMessage().contains(p + " ")).findFirst().orElse(null);
            if (pending == null || !e.getMessage().contains("404") || fixture.get(pending).statusCode() != 404) {
                left.add(e);
            }
        }
        return left;
    }
}

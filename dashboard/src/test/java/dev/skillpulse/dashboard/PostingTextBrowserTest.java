package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Text from postings and uploads in a real Chromium: shown as text, never run; uploads report progress and rejects. */
class PostingTextBrowserTest extends PageBrowserTest {

    @TempDir
    static Path dir;

    @Test
    void shouldShowMarkupInAPostingAsTextWithoutRunningOrInsertingIt() throws Exception {
        String title = "<img src=x onerror=\"window.injected='title'\">";
        String company = "<script>window.injected='company'</script>";
        fixture.showPosting(Posting.of("xss-1", title, company, new Location("<b>Town</b>", null, "US"),
                DemoPostings.lastWeek(), "MLflow", "javascript:window.injected='url'", "test"), List.of("mlflow"));

        browser.open(fixture.url("/explorer?terms=mlflow&term=mlflow"));
        browser.await("return document.querySelectorAll('#posting-list li').length", n -> ((Number) n).intValue() > 0);
        WebElement item = browser.driver().findElement(By.cssSelector("#posting-list li"));
        browser.fullScreenshot("explorer-postings-markup", 1280);

        assertThat(item.getText()).contains(title, company, "<b>Town</b>");
        assertThat(browser.js("return document.querySelectorAll('#postings img, #postings script, #postings b, #posting-list a').length"))
                .as("elements made from the posting's text (and a link to a javascript: url)").isEqualTo(0L);
        assertThat(browser.js("return window.injected === undefined")).isEqualTo(true);
        assertThat(unexpected(browser.severeLogs())).isEmpty();
    }

    @Test
    void shouldUploadAFileShowingProgressAndEveryRejectedRecord() throws Exception {
        Path file = dir.resolve("postings.jsonl");
        Files.writeString(file, """
                {"id":"up-1","postedAt":"2026-06-01","title":"ML Engineer","description":"Python and MLflow"}
                {"id":"up-2","title":"No date","description":"Python"}
                {"id":"up-3","postedAt":"2026-06-02","title":"MLOps Engineer","description":"Kubeflow"}
                """);
        browser.open(fixture.url("/upload"));
        browser.driver().findElement(By.id("token")).sendKeys(PageFixture.TOKEN);
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        browser.await("return document.getElementById('summary').textContent", t -> String.valueOf(t).startsWith("Accepted"));
        browser.fullScreenshot("upload-result", 1280);

        assertThat(browser.driver().findElement(By.id("summary")).getText()).isEqualTo("Accepted 2 postings; rejected 1.");
        List<String> reject = browser.driver().findElements(By.cssSelector("#rejects tbody td")).stream()
                .map(WebElement::getText).toList();
        assertThat(reject).hasSize(3);
        assertThat(reject.get(0)).as("the rejected line").isEqualTo("2");
        assertThat(reject.get(2)).containsIgnoringCase("postedAt");
        assertThat(browser.js("return document.getElementById('progress').value")).isEqualTo(100L);
        assertThat(fixture.received()).extracting(Posting::id).containsExactly("up-1", "up-3");
    }
}

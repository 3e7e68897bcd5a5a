package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (both paths given, so Selenium never looks for or
 * downloads a driver). Without Chromium a test fails, saying what to install. Public for the app module's end-to-end
 * browser tests, which get it from this module's test jar.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    public static Browser start() throws IOException {
        // A browser test that skips proves nothing: without a browser it fails, saying what to install (.ci/run does).
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver) at " + CHROMIUM + " and " + CHROMEDRIVER)
                .isTrue();
        Path profile = Files.createTempDirectory("skillpulse-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), service, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits (up to 45 s: the machine may be shared with other builds) until the script returns something true-ish for the predicate. */
    public <T> T await(String script, Predicate<Object> done, Object... args) {
        Object[] last = new Object[1];
        try {
            new WebDriverWait(driver, Duration.ofSeconds(45)).until(d -> {
                last[0] = js(script, args);
                return done.test(last[0]);
            });
        } catch (TimeoutException e) {
            Path shot;
            try {
                shot = screenshot("timeout");
            } catch (IOException io) {
                shot = null;
            }
            throw new AssertionError("waited 45 s on " + driver.getCurrentUrl() + " for: " + script + "\nlast value: "
                    + last[0] + "\nstatus: " + js("const s = document.getElementById('status'); return s && s.textContent")
                    + "\nconsole: " + severeLogs() + "\nscreenshot: " + shot);
        }
        @SuppressWarnings("unchecked")
        T result = (T) last[0];
        return result;
    }

    /** The data a chart on the page draws: {labels, datasets:[{label, data}]}, or null while it is not drawn. */
    public Object chartData(String canvasId) {
        return js("const c = Chart.getChart(arguments[0]); if (!c) return null;"
                + "return {labels: c.data.labels, datasets: c.data.datasets.map(d => ({label: d.label, data: d.data}))};",
                canvasId);
    }

    /** Browser console entries logged since the last call, at SEVERE level (errors and failed loads). */
    public List<LogEntry> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return png;
    }

    /**
     * A screenshot of the whole page height, not just the window. The window is taller than the page's viewport by
     * the browser's own bars (143 px in headless Chromium at 1280 x 1000), which are measured, not guessed.
     */
    public Path fullScreenshot(String name, int width) throws IOException {
        Number height = (Number) js("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight");
        windowSize(width, Math.min(6000, height.intValue()));
        Path png = screenshot(name);
        windowSize(1280, 1000);
        return png;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

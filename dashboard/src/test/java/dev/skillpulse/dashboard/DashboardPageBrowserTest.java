package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.skillpulse.contract.Fact;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page in a real headless Chromium: both charts must draw, in their colours, from the API's data. */
class DashboardPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int BAR_RGB = 0x2f6fde;
    private static final int LINE_RGB = 0xd9480f;
    private static ScratchDatabase scratch;
    private static Database db;
    private static Javalin app;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
        Map<Fact, Long> counts = new HashMap<>();
        LocalDate week = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 20; i++, week = week.plusWeeks(1)) {
            counts.put(Fact.postingsInWeek(week), 100L);
            counts.put(Fact.termInWeek("python", week), 50L + i);
            counts.put(Fact.termInWeek("sql", week), 30L);
            counts.put(Fact.postingsInMonth(week), 100L + i);
            counts.put(Fact.termInMonth("python", week), 50L + i);
        }
        new CountWriter(db.dsl()).add(counts, List.of());
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(Map.of("database", db::isUp)))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        db.close();
        scratch.close();
    }

    @Test
    void shouldDrawTopSkillBarsAndTrendLine() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium (apt-get install -y chromium)");
        Path shot = dir.resolve("dashboard.png");

        BufferedImage image = screenshot("http://127.0.0.1:" + app.port() + "/", shot);

        assertThat(pixelsNear(image, BAR_RGB)).as("bar-coloured pixels in " + shot).isGreaterThan(5_000);
        assertThat(pixelsNear(image, LINE_RGB)).as("line-coloured pixels in " + shot).isGreaterThan(500);
    }

    private static BufferedImage screenshot(String url, Path png) throws Exception {
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
                "--window-size=1400,1000", "--virtual-time-budget=10000", "--screenshot=" + png, url)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).exists();
        return ImageIO.read(png.toFile());
    }

    private static int pixelsNear(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) < 24
                && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) < 24
                && Math.abs((a & 0xff) - (b & 0xff)) < 24;
    }
}

package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when a command cannot work: one line on stderr naming what and where, exit status 1 (2 for a bad
 * command line), soon. Each runs the real command in a child JVM. The bound is 15 s; the tests allow 30 s
 * because other builds share the machine. A port from {@link EmbeddedKafka#freePort()} was free a moment ago: nothing
 * listens there.
 */
class CommandFailuresTest {
    private static final double BOUND_SECONDS = 30;
    private static final Path CSV = Path.of("..", "sample-data", "formats", "jobs.csv");

    @TempDir
    Path dir;

    @Test
    void shouldNameAnUnreachableBrokerInOneLineAndExitWithStatus1() throws Exception {
        String address = "127.0.0.1:" + EmbeddedKafka.freePort();

        CommandRun run = CommandRun.of("load", "--bootstrap", address, CSV.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("cannot reach Kafka at " + address, "--bootstrap");
        assertThat(run.seconds()).isLessThan(BOUND_SECONDS);
    }

    @Test
    void shouldNameAnUnreachableDatabaseInOneLineAndExitWithStatus1() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + EmbeddedKafka.freePort() + "/skillpulse?user=postgres&password=secret";

        CommandRun run = CommandRun.of("dashboard", "--jdbc-url", url, "--port", "0");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("cannot open the PostgreSQL database", "127.0.0.1:", "--jdbc-url")
                .doesNotContain("secret");
        assertThat(run.seconds()).isLessThan(BOUND_SECONDS);
    }

    @Test
    void shouldNameTheProcessHoldingAStateDirInUse() throws Exception {
        try (StateDirLock held = StateDirLock.take(dir)) {
            CommandRun run = CommandRun.of("demo", "--state-dir", dir.toString(), "--kafka-port",
                    Integer.toString(EmbeddedKafka.freePort()), "--port", "0");

            assertThat(run.status()).as(run.err()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString()
                    .contains("state dir " + dir + " is in use by process " + ProcessHandle.current().pid());
            assertThat(run.seconds()).isLessThan(BOUND_SECONDS);
        }
    }

    @Test
    void shouldRejectAnUnknownMappedFieldInOneLineWithStatus2BeforeTouchingKafka() throws Exception {
        CommandRun run = CommandRun.of("load", "--bootstrap", "127.0.0.1:" + EmbeddedKafka.freePort(),
                "--map", "location=location.city", CSV.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("unknown field 'location.city'").doesNotContain("Kafka");
    }

    @Test
    void shouldRejectAnUnknownOptionInOneLineWithStatus2() throws Exception {
        CommandRun run = CommandRun.of("load", "--no-such-option", CSV.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--no-such-option", "load --help");
    }
}

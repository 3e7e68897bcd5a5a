package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How tests find PostgreSQL: the configured URL, else the local server, else embedded PostgreSQL (not as root). */
class TestPostgresTest {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    @Test
    void shouldUseTheServerOfTheConfiguredUrl() throws Exception {
        try (AvailablePostgres found = TestPostgres.find("jdbc:postgresql://db.example:6543/admin?user=u&password=p",
                new PostgresServer("127.0.0.1", deadPort(), "postgres"), "root")) {
            assertThat(found.embedded()).isFalse();
            assertThat(found.server().jdbcUrl("sp_test_1"))
                    .isEqualTo("jdbc:postgresql://db.example:6543/sp_test_1?user=u&password=p");
        }
    }

    @Test
    void shouldSayWhatToInstallOrSetWhenNoServerAnswersAndRunningAsRoot() throws Exception {
        int port = deadPort();
        assertThatThrownBy(() -> TestPostgres.find(null, new PostgresServer("127.0.0.1", port, "postgres"), "root"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContainingAll("nothing answers on 127.0.0.1:" + port, "cannot run as root",
                        "SKILLPULSE_TEST_JDBC_URL=", "apt-get install postgresql");
    }

    /**
     * Embedded PostgreSQL refuses root, and CI runs as root: then the probe runs in a child JVM as user nobody, with
     * a copy of the class path it can read and a home and temporary directory of its own.
     */
    @Test
    void shouldStartEmbeddedPostgresWhenNoServerAnswersAndNotRunningAsRoot() throws Exception {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            assertThat(new File("/usr/sbin/runuser").canExecute() || new File("/sbin/runuser").canExecute())
                    .as("runuser (util-linux) is needed to run the probe as a user other than root")
                    .isTrue();
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.home=" + home, "-Djava.io.tmpdir=" + home,
                "-cp", readableClassPath(dir.resolve("classpath")), EmbeddedFallbackProbe.class.getName(),
                Integer.toString(deadPort())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(TestPostgres.URL_VARIABLE);
        builder.environment().put("HOME", home.toString());
        Process probe = builder.start();
        boolean exited = probe.waitFor(3, TimeUnit.MINUTES);
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            probe.destroyForcibly();
        }

        assertThat(exited).as(output).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("embedded=true up=true embedded PostgreSQL on localhost:");
    }

    /** A port nothing listens on (just released by this JVM). */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** This JVM's class path copied under {@code target}, readable by every user (~/.m2 of root is not). */
    private static String readableClassPath(Path target) throws IOException {
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = target.resolve(i++ + "-" + source.getFileName());
            copyTree(source, copy);
            entries.add(copy.toString());
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copyTree(Path source, Path copy) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

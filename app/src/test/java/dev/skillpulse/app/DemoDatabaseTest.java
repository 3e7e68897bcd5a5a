package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.store.AvailablePostgres;
import dev.skillpulse.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each demo state dir has a database of its own, so two demos never touch each other's counts. */
class DemoDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void shouldNameADifferentDatabaseForEachStateDir() {
        assertThat(DemoDatabase.nameFor(dir.resolve("a"))).isNotEqualTo(DemoDatabase.nameFor(dir.resolve("b")))
                .matches("skillpulse_[0-9a-f]{10}");
    }

    @Test
    void shouldNameTheSameDatabaseForTheSameStateDirHoweverItIsWritten() {
        Path relative = Path.of("target", "state");

        assertThat(DemoDatabase.nameFor(relative))
                .isEqualTo(DemoDatabase.nameFor(relative.toAbsolutePath()))
                .isEqualTo(DemoDatabase.nameFor(Path.of("target", "x", "..", "state")));
    }

    @Test
    void shouldCreateAndUseTheStateDirsDatabaseOnTheServer() throws Exception {
        Path stateDir = dir.resolve("demo");
        String name = DemoDatabase.nameFor(stateDir);
        try (AvailablePostgres postgres = TestPostgres.find()) {
            try (DemoDatabase db = DemoDatabase.resolve(null, null, stateDir, postgres.server())) {
                assertThat(db.description()).endsWith("database " + name);
                assertThat(db.database().dsl().fetchValue("select current_database()")).isEqualTo(name);
            } finally {
                postgres.server().dropDatabase(name);
            }
        }
    }
}

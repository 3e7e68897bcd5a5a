package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ProjectorState.Status;
import dev.skillpulse.store.ProjectorState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away in the middle of a projector transaction, for longer than the pool waits for a
 * connection, while a generated corpus (resends, edits, deletions, reposts) is being counted. The shared
 * PostgreSQL server is never stopped: a proxy between the projector and it cuts every connection and refuses new
 * ones. The projector must say it is down because of the database, come back by itself, and end with the truth.
 */
class DatabaseOutageTest {
    /** Lowered from Hikari's 30 s so that an outage of seconds outlasts it (a getConnection() fails in between). */
    private static final Duration POOL_WAIT = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void shouldCountExactlyOnceWhenTheDatabaseIsCutMidTransactionForLongerThanThePoolWaits() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(2000, 31);
        int half = corpus.postings().size() / 2;
        try (ProjectorRig rig = ProjectorRig.start(3);
             TcpProxy proxy = new TcpProxy(rig.databaseHost(), rig.databasePort());
             Database viaProxy = Database.open(rig.jdbcUrl().replace(":" + rig.databasePort() + "/", ":" + proxy.port()
                     + "/"), POOL_WAIT)) {
            rig.topology(dir.resolve("streams"), Topics.GENERATION);
            ProjectorRig.Running projector = rig.projector(rig.settings(Topics.GENERATION, false), viaProxy);
            corpus.produce(rig.bootstrap(), 0, half);
            ProjectorRig.await(projector, s -> s.applied() > 0, Duration.ofSeconds(60));

            // The second statement of a projector transaction: the fact counts are upserted, nothing committed.
            proxy.cutWhenClientSends("counted_posting", OUTAGE);
            corpus.produce(rig.bootstrap(), half, corpus.postings().size());
            assertThat(proxy.awaitCut(Duration.ofSeconds(60))).as("cut mid-transaction").isTrue();
            ProjectorState down = ProjectorRig.await(projector, s -> s.status() == Status.DOWN, Duration.ofSeconds(10));
            assertThat(down.reason()).startsWith("database:");

            ProjectorRig.await(projector, s -> s.status() != Status.DOWN, OUTAGE.plusSeconds(30));
            double downSeconds = (System.nanoTime() - proxy.cutAtNanos()) / 1e9;
            assertThat(System.nanoTime()).as("came back only after the outage").isGreaterThan(proxy.refuseUntilNanos());
            rig.assertCountsEqualTruth(corpus);
            assertThat(projector.thread().isAlive()).as("the same projector, never restarted").isTrue();
            System.out.printf("database outage: cut mid-transaction after %d changes applied, refused for %d s "
                    + "(pool wait %d s), projector back %.1f s after the cut; counts equal the truth (%d weeks, %d live "
                    + "ids)%n", down.applied(), OUTAGE.toSeconds(), POOL_WAIT.toSeconds(), downSeconds,
                    corpus.expectedWeekly().size(), corpus.liveIds());
        }
    }
}

package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops in the middle of a load, while the topology and the projector are busy, and comes back on the
 * same port after a while; neither is restarted. The counts must end at the corpus's truth.
 */
class BrokerOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void shouldCountExactlyOnceWhenTheBrokerStopsMidLoadAndComesBack() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(2000, 37);
        int half = corpus.postings().size() / 2;
        try (ProjectorRig rig = ProjectorRig.start(3)) {
            TopologyRunner topology = rig.topology(dir.resolve("streams"), Topics.GENERATION);
            ProjectorRig.Running projector = rig.projector(rig.settings(Topics.GENERATION, false), rig.db());
            corpus.produce(rig.bootstrap(), 0, half);
            long appliedAtStop = ProjectorRig.await(projector, s -> s.applied() > 0, Duration.ofSeconds(60)).applied();

            long stopped = System.nanoTime();
            rig.kafka().stopBroker();
            Thread.sleep(OUTAGE.toMillis());
            rig.kafka().startBroker();
            double outageSeconds = (System.nanoTime() - stopped) / 1e9;

            corpus.produce(rig.bootstrap(), half, corpus.postings().size());
            rig.assertCountsEqualTruth(corpus);
            assertThat(projector.thread().isAlive()).as("the same projector, never restarted").isTrue();
            assertThat(topology.isRunning()).as("the same topology, still running").isTrue();
            System.out.printf("broker outage: stopped after %d changes applied, down %.1f s; stream threads lost: %d; "
                    + "counts equal the truth (%d weeks, %d live ids)%n", appliedAtStop, outageSeconds,
                    topology.errors().threadFailures(), corpus.expectedWeekly().size(), corpus.liveIds());
        }
    }
}

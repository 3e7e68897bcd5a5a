package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two projectors write the same database at once, each reading every partition (different consumer groups, as two
 * deployments would): each batch is added by whichever commits first, the other finds the offsets moved, rolls back
 * and goes on from there. The counts end at the truth, not at twice it.
 *
 * <p>Which one wins a race is up to the scheduler, so the test does not leave "both added something" to chance: the
 * first runs alone for the first chunks, both run for the middle ones, and the second alone for the last.
 */
class TwoProjectorsTest {
    private static final int CHUNKS = 9;

    @TempDir
    Path dir;

    @Test
    void shouldCountExactlyOnceWithTwoProjectorsOnOneDatabase() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(2000, 43);
        try (ProjectorRig rig = ProjectorRig.start(3)) {
            rig.topology(dir.resolve("streams"), Topics.GENERATION);
            ProjectorRig.Running first = rig.projector(rig.settings(Topics.GENERATION, false).withGroupId("first"),
                    rig.db());
            produceChunks(rig, corpus, 0, 3);
            ProjectorRig.await(first, s -> s.applied() > 0, Duration.ofMinutes(1));

            ProjectorRig.Running second = rig.projector(rig.settings(Topics.GENERATION, false).withGroupId("second"),
                    rig.db());
            produceChunks(rig, corpus, 3, 6);
            long firstApplied = first.state().applied();
            first.close();

            produceChunks(rig, corpus, 6, CHUNKS);
            rig.assertCountsEqualTruth(corpus);

            assertThat(firstApplied).as("changes the first projector added").isPositive();
            assertThat(second.state().applied()).as("changes the second projector added").isPositive();
            System.out.printf("two projectors: first added %d changes, second %d; counts equal the truth (%d weeks, "
                    + "%d live ids)%n", firstApplied, second.state().applied(),
                    corpus.expectedWeekly().size(), corpus.liveIds());
        }
    }

    private static void produceChunks(ProjectorRig rig, GeneratedCorpus corpus, int from, int to) throws Exception {
        int size = corpus.postings().size();
        for (int chunk = from; chunk < to; chunk++) {
            corpus.produce(rig.bootstrap(), size * chunk / CHUNKS, size * (chunk + 1) / CHUNKS);
            Thread.sleep(300);
        }
    }
}

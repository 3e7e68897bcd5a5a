package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two projectors write the same database at once, each reading every partition (different consumer groups, as two
 * deployments would): each batch is added by whichever commits first, the other finds the offsets moved, rolls back
 * and goes on from there. The counts end at the truth, not at twice it.
 */
class TwoProjectorsTest {
    private static final int CHUNKS = 10;

    @TempDir
    Path dir;

    @Test
    void shouldCountExactlyOnceWithTwoProjectorsOnOneDatabase() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(2000, 43);
        try (ProjectorRig rig = ProjectorRig.start(3)) {
            rig.topology(dir.resolve("streams"), Topics.GENERATION);
            ProjectorRig.Running first = rig.projector(rig.settings(Topics.GENERATION, false).withGroupId("first"),
                    rig.db());
            ProjectorRig.Running second = rig.projector(rig.settings(Topics.GENERATION, false).withGroupId("second"),
                    rig.db());
            int size = corpus.postings().size();
            for (int chunk = 0; chunk < CHUNKS; chunk++) {
                corpus.produce(rig.bootstrap(), size * chunk / CHUNKS, size * (chunk + 1) / CHUNKS);
                Thread.sleep(300);
            }
            rig.assertCountsEqualTruth(corpus);

            assertThat(first.state().applied()).as("changes the first projector added").isPositive();
            assertThat(second.state().applied()).as("changes the second projector added").isPositive();
            System.out.printf("two projectors: first added %d changes, second %d; counts equal the truth (%d weeks, "
                    + "%d live ids)%n", first.state().applied(), second.state().applied(),
                    corpus.expectedWeekly().size(), corpus.liveIds());
        }
    }
}

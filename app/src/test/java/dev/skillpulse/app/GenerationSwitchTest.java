package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.ProjectorState.Status;
import dev.skillpulse.store.ProjectorState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two topology generations (an old one and this build's) count the same postings at the same time, as after a
 * taxonomy change: each writes its own count-change topic, so the projector of the old generation counts every
 * posting once, not twice. Switching the database to the new generation is refused without {@code --rebuild} and,
 * with it, recounts everything from the new generation's changes.
 */
class GenerationSwitchTest {
    private static final String OLD = "test-old";

    @TempDir
    Path dir;

    @Test
    void shouldCountEachGenerationOnceAndSwitchOnlyWhenAskedToRebuild() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(1000, 47);
        try (ProjectorRig rig = ProjectorRig.start(3, OLD)) {
            rig.topology(dir.resolve("old"), OLD);
            rig.topology(dir.resolve("new"), Topics.GENERATION);
            ProjectorRig.Running old = rig.projector(rig.settings(OLD, false), rig.db());
            corpus.produce(rig.bootstrap(), 0, corpus.postings().size());
            rig.assertCountsEqualTruth(corpus, OLD);
            old.close();

            ProjectorRig.Running refused = rig.projector(rig.settings(Topics.GENERATION, false), rig.db());
            ProjectorState refusal = ProjectorRig.await(refused, s -> s.status() == Status.DOWN, Duration.ofSeconds(30));
            refused.thread().join(10_000);
            assertThat(refusal.reason()).contains("generation " + OLD).contains("--rebuild");
            assertThat(refused.thread().isAlive()).as("a refused projector stops").isFalse();
            assertThat(GeneratedCorpus.weeklyIn(rig.db().dsl())).as("counts untouched by the refusal")
                    .isEqualTo(corpus.expectedWeekly());

            rig.projector(rig.settings(Topics.GENERATION, true), rig.db());
            rig.assertCountsEqualTruth(corpus, Topics.GENERATION);
            System.out.printf("generation switch: %s counted once while %s ran beside it; %s refused without "
                    + "--rebuild (%s); rebuilt counts equal the truth (%d weeks, %d live ids)%n", OLD,
                    Topics.GENERATION, Topics.GENERATION, refusal.reason(), corpus.expectedWeekly().size(),
                    corpus.liveIds());
        }
    }
}

package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.store.CountWriter;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the topology share the partitions of one broker, the second joining halfway: the final
 * counts equal the corpus truth, which a single instance also reaches ({@link CrashRecoveryTest}).
 */
class ScaleOutTest {
    private static final int PARTITIONS = 4;

    @TempDir
    Path dir;

    @Test
    void shouldReachTheSameCountsWithTwoInstancesAsWithOne() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(2000, 23);
        int half = corpus.postings().size() / 2;
        try (TestPipeline pipeline = TestPipeline.start(PARTITIONS, Map.of())) {
            String bootstrap = pipeline.bootstrap();
            try (TopologyRunner first = new TopologyRunner(settings(bootstrap, "first"))) {
                first.start();
                corpus.produce(bootstrap, 0, half);
                try (TopologyRunner second = new TopologyRunner(settings(bootstrap, "second"))) {
                    second.start();
                    corpus.produce(bootstrap, half, corpus.postings().size());
                    Readiness.awaitVisible(bootstrap, new CountWriter(pipeline.db().dsl()), Duration.ofMinutes(3));

                    assertThat(activeTasks(first)).as("tasks of the first instance").isPositive();
                    assertThat(activeTasks(second)).as("tasks of the second instance").isPositive();
                }
            }
            assertThat(GeneratedCorpus.weeklyIn(pipeline.db().dsl())).isEqualTo(corpus.expectedWeekly());
            assertThat(GeneratedCorpus.monthlyFromCountedPostings(pipeline.db().dsl())).as("counted postings' terms")
                    .isEqualTo(corpus.expectedMonthly());
            assertThat(GeneratedCorpus.pairsIn(pipeline.db().dsl())).as("co-occurrence per month")
                    .isEqualTo(corpus.expectedPairs());
            assertThat(GeneratedCorpus.placesIn(pipeline.db().dsl())).as("postings per term, month, country, region")
                    .isEqualTo(corpus.expectedPlaces());
            assertThat(GeneratedCorpus.industriesIn(pipeline.db().dsl())).as("postings per month, industry and term")
                    .isEqualTo(corpus.expectedIndustries());
        }
    }

    private Properties settings(String bootstrap, String instance) {
        return StreamsSettings.of(bootstrap, dir.resolve(instance));
    }

    private static long activeTasks(TopologyRunner runner) {
        return runner.streams().metadataForLocalThreads().stream().mapToLong(t -> t.activeTasks().size()).sum();
    }
}

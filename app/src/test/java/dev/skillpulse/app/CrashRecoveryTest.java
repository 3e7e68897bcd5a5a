package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across a crash: the topology runs in a child JVM that is killed with SIGKILL halfway through a
 * generated corpus (resends, edits, deletions, reposts), then restarted; the counts in PostgreSQL must equal the
 * corpus's known counts exactly.
 */
class CrashRecoveryTest {
    private static final int PARTITIONS = 3;

    @TempDir
    Path dir;

    @Test
    void shouldCountEveryPostingExactlyOnceWhenTheTopologyIsKilledHalfway() throws Exception {
        GeneratedCorpus corpus = GeneratedCorpus.generate(3000, 11);
        try (TestPipeline pipeline = TestPipeline.start(PARTITIONS, Map.of())) {
            String bootstrap = pipeline.bootstrap();
            corpus.produce(bootstrap, 0, corpus.postings().size());
            Process first = topologyProcess(bootstrap, "first");
            long processedAtKill;
            try {
                processedAtKill = awaitProcessed(bootstrap, corpus.postings().size() / 3, first);
            } finally {
                first.destroyForcibly(); // SIGKILL: no close, no final commit
            }
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(processedAtKill).as("killed before the end").isLessThan(corpus.postings().size());

            Process second = topologyProcess(bootstrap, "second");
            try {
                Readiness.awaitVisible(bootstrap, new CountWriter(pipeline.db().dsl()), Duration.ofMinutes(3));
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
            }
            assertThat(GeneratedCorpus.weeklyIn(pipeline.db().dsl())).isEqualTo(corpus.expectedWeekly());
            assertThat(GeneratedCorpus.copiesIn(pipeline.db().dsl())).as("copies of counted postings")
                    .isEqualTo(corpus.liveIds());
            assertThat(GeneratedCorpus.monthlyFromCountedPostings(pipeline.db().dsl())).as("counted postings' terms")
                    .isEqualTo(corpus.expectedMonthly());
            assertThat(GeneratedCorpus.pairsIn(pipeline.db().dsl())).as("co-occurrence per month")
                    .isEqualTo(corpus.expectedPairs());
            assertThat(GeneratedCorpus.placesIn(pipeline.db().dsl())).as("postings per term, month, country, region")
                    .isEqualTo(corpus.expectedPlaces());
            assertThat(GeneratedCorpus.industriesIn(pipeline.db().dsl())).as("postings per month, industry and term")
                    .isEqualTo(corpus.expectedIndustries());
            assertCandidatesWithinWhatWasPlanted(corpus, pipeline.db().dsl());
        }
    }

    /**
     * Candidates beyond the guide: the extractor finds most of what the generator planted and never more (a
     * posting counted twice, or a deleted or edited one not retracted, would go over), nothing else but the
     * generator's fixed wording (GPU), and the rows examples are read from hold the same counts as the facts.
     */
    private static void assertCandidatesWithinWhatWasPlanted(GeneratedCorpus corpus, DSLContext dsl) {
        Map<String, Long> found = GeneratedCorpus.candidatesIn(dsl);
        Map<String, Long> planted = corpus.plantedCandidates();
        assertThat(found.keySet()).as("candidates found").isSubsetOf(union(planted.keySet(), "gpu"));
        System.out.println("CrashRecoveryTest candidates found/planted: " + planted.keySet().stream()
                .map(k -> k + " " + found.getOrDefault(k, 0L) + "/" + planted.get(k)).toList() + ", not planted: "
                + found.keySet().stream().filter(k -> !planted.containsKey(k)).map(k -> k + " " + found.get(k)).toList());
        planted.forEach((key, n) -> assertThat(found.getOrDefault(key, 0L)).as("postings asking for " + key)
                .isBetween((long) Math.ceil(n * 0.9), n));
        assertThat(GeneratedCorpus.candidateRowsIn(dsl)).as("candidate_posting rows").isEqualTo(found);
    }

    private static Set<String> union(Set<String> keys, String more) {
        Set<String> all = new TreeSet<>(keys);
        all.add(more);
        return all;
    }

    /** {@code skillpulse topology} in its own JVM, with its own state directory shared by both runs. */
    private Process topologyProcess(String bootstrap, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                SkillPulse.class.getName(), "topology", "--bootstrap", bootstrap,
                "--state-dir", dir.resolve("streams").toString(), "--partitions", Integer.toString(PARTITIONS))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "crash-" + name + ".log").toFile())
                .start();
    }

    /** Waits until the topology has committed at least {@code records} postings; returns how many it had. */
    private static long awaitProcessed(String bootstrap, long records, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (System.nanoTime() < deadline && process.isAlive()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(StreamsSettings.APPLICATION_ID).partitionsToOffsetAndMetadata().get();
                long done = committed.entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(Topics.POSTINGS))
                        .mapToLong(e -> e.getValue().offset())
                        .sum();
                if (done >= records) {
                    return done;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("topology did not get going: alive=" + process.isAlive());
    }
}

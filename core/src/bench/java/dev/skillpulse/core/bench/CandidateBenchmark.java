package dev.skillpulse.core.bench;

import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What finding candidates beyond the guide adds to a posting's analysis on the stream thread: candidates alone
 * against the mention extractor's full analysis of the same {@value #POSTINGS} postings, in one run, and against
 * the same extractor as it was before its speed-ups ({@link CandidateExtractorBaseline}, the code of {@code main} at
 * {@code 7ec5fad}). Scores are postings per second. The two must find exactly the same: setup prints on how many
 * postings they differ (0), and {@link CandidateIdentity} checks more texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CandidateBenchmark {
    static final int POSTINGS = 400;

    private String[] postings;
    private MentionExtractor mentions;
    private CandidateExtractor candidates;
    private CandidateExtractorBaseline baseline;

    @Setup
    public void setup() {
        postings = BenchPostings.generate(POSTINGS, 42).toArray(String[]::new);
        Taxonomy taxonomy = Taxonomy.bundled();
        mentions = new MentionExtractor(taxonomy);
        candidates = new CandidateExtractor(taxonomy);
        baseline = new CandidateExtractorBaseline(taxonomy);
        int different = 0;
        for (String p : postings) {
            different += candidates.find(null, p, null).equals(baseline.find(null, p, null)) ? 0 : 1;
        }
        System.out.printf("candidates differ from the baseline's on %d of %d postings%n", different, POSTINGS);
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void candidates(Blackhole bh) {
        for (String p : postings) {
            bh.consume(candidates.find(null, p, null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void candidatesBaseline(Blackhole bh) {
        for (String p : postings) {
            bh.consume(baseline.find(null, p, null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void mentionAnalysis(Blackhole bh) {
        for (String p : postings) {
            bh.consume(mentions.analyze(null, p));
        }
    }
}

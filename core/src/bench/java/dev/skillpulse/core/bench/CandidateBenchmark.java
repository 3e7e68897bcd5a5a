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
 * the candidate extractor it replaced ({@link CandidateExtractorBaseline}). Scores are postings per second. Since
 * the extractor reads more lists than the baseline (a versioned guide term, a predicate after the last item, an
 * alias in parentheses), the two need not find the same: setup prints on how many postings they differ, and the
 * comparison is of speed only ({@link CandidateIdentity} shows the differences).
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

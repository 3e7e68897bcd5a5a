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
 * against the mention extractor's full analysis of the same {@value #POSTINGS} postings, in one run, and, when
 * {@code -Dbaseline.core} names another build's core jar, against that build's candidate extractor
 * ({@link CandidateExtractorBaseline}; without it {@code candidatesBaseline} fails and the others run). Scores are
 * postings per second. Its setup prints on how many postings the two differ; {@link CandidateIdentity} checks more
 * texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CandidateBenchmark {
    static final int POSTINGS = 400;

    private String[] postings;
    private MentionExtractor mentions;
    private CandidateExtractor candidates;

    /** The other build's extractor, set up only for the benchmark that runs it. */
    @State(Scope.Benchmark)
    public static class Baseline {
        CandidateExtractorBaseline extractor;

        @Setup
        public void setup(CandidateBenchmark bench) {
            extractor = CandidateExtractorBaseline.fromProperty();
            int different = 0;
            for (String p : bench.postings) {
                different += bench.candidates.find(null, p, null).equals(extractor.find(null, p, null)) ? 0 : 1;
            }
            System.out.printf("candidates differ from the baseline's on %d of %d postings%n", different, POSTINGS);
        }
    }

    @Setup
    public void setup() {
        postings = BenchPostings.generate(POSTINGS, 42).toArray(String[]::new);
        Taxonomy taxonomy = Taxonomy.bundled();
        mentions = new MentionExtractor(taxonomy);
        candidates = new CandidateExtractor(taxonomy);
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
    public void candidatesBaseline(Baseline baseline, Blackhole bh) {
        for (String p : postings) {
            bh.consume(baseline.extractor.find(null, p, null));
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

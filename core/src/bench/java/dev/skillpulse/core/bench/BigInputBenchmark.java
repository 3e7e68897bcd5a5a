package dev.skillpulse.core.bench;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Bad input at two sizes: time per call should grow linearly with size (1 MB vs 10 MB). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BigInputBenchmark {
    @Param({"postings", "junk", "surrogates"})
    public String kind;

    @Param({"1000000", "10000000"})
    public int chars;

    private String text;
    private MentionExtractor extractor;

    @Setup
    public void setup() {
        extractor = new MentionExtractor(Taxonomy.bundled());
        StringBuilder b = new StringBuilder(chars);
        Random r = new Random(7);
        if (kind.equals("postings")) {
            for (String p : BenchPostings.generate(200, 1)) {
                b.append(p);
            }
            while (b.length() < chars) {
                b.append(b, 0, Math.min(b.length(), chars - b.length()));
            }
        } else if (kind.equals("junk")) {
            while (b.length() < chars) {
                b.append((char) r.nextInt(65536));
            }
        } else {
            while (b.length() < chars) {
                b.append(r.nextBoolean() ? '\uD800' : '\uDC00').append("R C Go MS ");
            }
        }
        text = b.substring(0, chars);
    }

    @Benchmark
    public Object termIds() {
        return extractor.termIds(text);
    }
}

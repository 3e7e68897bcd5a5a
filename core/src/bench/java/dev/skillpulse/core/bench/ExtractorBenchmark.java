package dev.skillpulse.core.bench;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Surface;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
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
 * Term sets of {@value #POSTINGS} realistic postings per operation, by three engines on the same taxonomy and input.
 * Scores are postings per second; MB/s = score x mean UTF-8 bytes per posting (printed at setup) / 1e6.
 * With {@code -prof gc}, gc.alloc.rate.norm is bytes allocated per posting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractorBenchmark {
    static final int POSTINGS = 400;

    private String[] postings;
    private MentionExtractor extractor;
    private Trie aho;
    private Map<String, Set<String>> ahoTerms;
    private List<Pattern> regexes;
    private List<String> regexTermIds;

    @Setup
    public void setup() {
        postings = BenchPostings.generate(POSTINGS, 42).toArray(String[]::new);
        long bytes = 0;
        for (String p : postings) {
            bytes += p.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "%n[bench] %d postings, mean %.1f bytes (UTF-8) each%n", POSTINGS,
                bytes / (double) POSTINGS);
        Taxonomy taxonomy = Taxonomy.bundled();
        extractor = new MentionExtractor(taxonomy);
        ahoTerms = new HashMap<>();
        regexes = new ArrayList<>();
        regexTermIds = new ArrayList<>();
        for (Term t : taxonomy.terms()) {
            for (String s : t.surfaces()) {
                ahoTerms.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(t.id());
            }
            String alternation = t.forms().stream().map(Surface::text).map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            regexes.add(Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternation + ")(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            regexTermIds.add(t.id());
        }
        aho = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(ahoTerms.keySet()).build();
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void skillpulse(Blackhole bh) {
        for (String p : postings) {
            bh.consume(extractor.termIds(p));
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void ahocorasick(Blackhole bh) {
        for (String p : postings) {
            Set<String> ids = new HashSet<>();
            for (Emit e : aho.parseText(p)) {
                ids.addAll(ahoTerms.get(e.getKeyword()));
            }
            bh.consume(ids);
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public void regexPerTerm(Blackhole bh) {
        for (String p : postings) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < regexes.size(); i++) {
                if (regexes.get(i).matcher(p).find()) {
                    ids.add(regexTermIds.get(i));
                }
            }
            bh.consume(ids);
        }
    }
}

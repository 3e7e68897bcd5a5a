package dev.skillpulse.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingFingerprint;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.LoadSummary;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.ingest.ReaderOptions;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
    private static final Taxonomy TAXONOMY = Taxonomy.bundled();
    private static final SampleGenerator.Config CONFIG =
            new SampleGenerator.Config(3000, YearMonth.of(2019, 1), YearMonth.of(2026, 10), 7);
    private static final List<Posting> STREAM = new ArrayList<>();
    private static final Truth TRUTH = new Truth();
    private static SampleGenerator.Stats stats;

    @BeforeAll
    static void generate() {
        stats = new SampleGenerator(CONFIG, TAXONOMY).generate(STREAM::add, TRUTH);
    }

    private static String jsonLines(SampleGenerator.Config config) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PostingWriter writer = PostingWriter.of("jsonl", bytes)) {
            new SampleGenerator(config, TAXONOMY).generate(writer::write, null);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteTheSameBytesForTheSameSeed() throws Exception {
        SampleGenerator.Config small = new SampleGenerator.Config(400, YearMonth.of(2022, 1), YearMonth.of(2023, 6), 11);

        assertThat(jsonLines(small)).isEqualTo(jsonLines(small));
    }

    @Test
    void shouldWriteDifferentPostingsForAnotherSeed() throws Exception {
        SampleGenerator.Config a = new SampleGenerator.Config(200, YearMonth.of(2022, 1), YearMonth.of(2022, 6), 1);
        SampleGenerator.Config b = new SampleGenerator.Config(200, YearMonth.of(2022, 1), YearMonth.of(2022, 6), 2);

        assertThat(jsonLines(a)).isNotEqualTo(jsonLines(b));
    }

    @Test
    void shouldGenerateExactlyTheRequestedNumberOfPostingIds() {
        assertThat(TRUTH.postings()).hasSize(3000);
        assertThat(stats.originals() + stats.reposts()).isEqualTo(3000);
    }

    @Test
    void shouldRepostTwoToFivePercentUnderNewIdsWithTheSameJob() {
        Map<String, Posting> firstVersion = new HashMap<>();
        STREAM.stream().filter(p -> !p.deleted()).forEach(p -> firstVersion.putIfAbsent(p.id(), p));
        List<Map.Entry<String, Truth.Entry>> reposts = TRUTH.postings().entrySet().stream()
                .filter(e -> e.getValue().repostOf() != null).toList();

        assertThat(reposts.size()).isBetween(60, 150);
        for (Map.Entry<String, Truth.Entry> r : reposts) {
            Posting repost = firstVersion.get(r.getKey());
            Posting original = firstVersion.get(r.getValue().repostOf());
            assertThat(repost.title()).isEqualTo(original.title());
            assertThat(repost.company()).isEqualTo(original.company());
            assertThat(repost.location()).isEqualTo(original.location());
            assertThat(repost.description()).isEqualTo(original.description());
            assertThat(repost.postedAt()).isAfter(original.postedAt());
        }
    }

    @Test
    void shouldEmitEditsAndDeletionsAfterTheOriginal() {
        Map<String, Integer> firstLine = new HashMap<>();
        int edits = 0;
        for (int i = 0; i < STREAM.size(); i++) {
            Posting p = STREAM.get(i);
            Integer first = firstLine.putIfAbsent(p.id(), i);
            if (first != null && !p.deleted()) {
                edits++;
                assertThat(p.description()).as(p.title()).isNotEqualTo(STREAM.get(first).description());
            }
        }
        assertThat(edits).isEqualTo(stats.edits()).isGreaterThan(100);
        assertThat(STREAM.stream().filter(Posting::deleted).count()).isEqualTo(stats.deletions()).isGreaterThan(60);
        assertThat(STREAM.stream().filter(Posting::deleted)).allSatisfy(d -> assertThat(firstLine.get(d.id())).isNotNull());
    }

    @Test
    void shouldMatchTruthWhenTheStreamIsReplayedAndReExtracted() {
        MentionExtractor extractor = new MentionExtractor(TAXONOMY);
        Map<String, Posting> last = new LinkedHashMap<>();
        STREAM.forEach(p -> last.put(p.id(), p));

        assertThat(last.keySet()).isEqualTo(TRUTH.postings().keySet());
        last.forEach((id, p) -> {
            Truth.Entry expected = TRUTH.postings().get(id);
            assertThat(expected.deleted()).as(id).isEqualTo(p.deleted());
            if (!p.deleted()) {
                assertThat(expected.postedAt()).as(id).isEqualTo(p.postedAt());
                assertThat(expected.terms()).as(id).isEqualTo(extractor.termIds(p.text()));
            }
        });
    }

    @Test
    void shouldSurviveTheJsonRoundTripUnchanged() throws Exception {
        PostingJson json = new PostingJson();
        for (Posting p : STREAM.subList(0, 300)) {
            assertThat(json.parse(json.write(p))).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(p);
        }
    }

    @Test
    void shouldCountWeeksByIdFromTheFinalStates() {
        long live = TRUTH.postings().values().stream().filter(e -> !e.deleted()).count();
        long python = TRUTH.postings().values().stream().filter(e -> e.terms().contains("python")).count();

        assertThat(TRUTH.weeklyById().values().stream().mapToInt(Truth.Week::postings).sum()).isEqualTo(live);
        assertThat(TRUTH.weeklyById().values().stream().mapToInt(w -> w.terms().getOrDefault("python", 0)).sum())
                .isEqualTo(python);
        assertThat(TRUTH.weeklyById().keySet()).allSatisfy(monday -> assertThat(monday.getDayOfWeek().getValue()).isEqualTo(1));
    }

    @Test
    void shouldCountARepostOnceOnlyWithinThirtyDaysOfItsLiveUnchangedOriginal() {
        Map<String, Posting> last = new HashMap<>();
        STREAM.forEach(p -> last.put(p.id(), p));
        long live = last.values().stream().filter(p -> !p.deleted()).count();
        long copies = TRUTH.postings().entrySet().stream().filter(e -> e.getValue().repostOf() != null).filter(e -> {
            Posting repost = last.get(e.getKey());
            Posting original = last.get(e.getValue().repostOf());
            return !repost.deleted() && !original.deleted()
                    && PostingFingerprint.of(repost).equals(PostingFingerprint.of(original))
                    && !repost.postedAt().isAfter(original.postedAt().plusDays(30));
        }).count();
        int weekly = TRUTH.weeklyDeduplicated().values().stream().mapToInt(Truth.Week::postings).sum();
        int monthly = TRUTH.monthlyDeduplicated().values().stream().mapToInt(Truth.Week::postings).sum();

        assertThat(copies).isPositive();
        assertThat(weekly).isEqualTo(monthly).isEqualTo(live - copies);
        assertThat(TRUTH.monthlyDeduplicated().keySet()).allSatisfy(first -> assertThat(first.getDayOfMonth()).isEqualTo(1));
    }

    @Test
    void shouldReturnTheSameStreamAndTruthInMemoryAsThroughTheWriter() throws Exception {
        SampleGenerator.Config small = new SampleGenerator.Config(400, YearMonth.of(2022, 1), YearMonth.of(2023, 6), 11);

        SampleGenerator.Sample sample = SampleGenerator.generate(400, YearMonth.of(2022, 1), YearMonth.of(2023, 6), 11);

        assertThat(String.join("\n", sample.jsonLines()) + "\n").isEqualTo(jsonLines(small));
        assertThat(sample.postings()).hasSize((int) sample.stats().lines());
        assertThat(sample.truth().postings()).hasSize(400);
        assertThat(sample.truth().weeklyDeduplicated()).isNotEmpty();
    }

    @Test
    void shouldPlantPythonInMostMlEngineerPostings() {
        List<Posting> ml = STREAM.stream().filter(p -> !p.deleted() && p.title().contains("Machine Learning Engineer")).toList();
        MentionExtractor extractor = new MentionExtractor(TAXONOMY);
        double python = ml.stream().filter(p -> extractor.termIds(p.text()).contains("python")).count() / (double) ml.size();

        assertThat(ml).hasSizeGreaterThan(200);
        assertThat(python).isBetween(0.5, 0.8);
    }

    @Test
    void shouldPlantOnlySurfacesTheExtractorFinds() {
        MentionExtractor extractor = new MentionExtractor(TAXONOMY);
        SampleGenerator generator = new SampleGenerator(CONFIG, TAXONOMY);

        assertThat(generator.plantableTerms()).contains("python", "sql", "pytorch", "tensorflow", "aws", "azure", "gcp");
        assertThat(generator.plantableTerms()).allSatisfy(t -> assertThat(TAXONOMY.term(t)).isPresent());
        assertThat(extractor.termIds("MS Office")).doesNotContain("masters");
        assertThat(Set.copyOf(Vocabulary.SURFACES.keySet())).containsAll(generator.plantableTerms());
    }

    @Test
    void shouldMatchTruthAfterWritingAndLoadingTheFileThroughTheLoader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("postings.jsonl.gz");
        try (PostingWriter writer = PostingWriter.of("jsonl", new GZIPOutputStream(Files.newOutputStream(file)))) {
            STREAM.forEach(writer::write);
        }
        Map<String, Posting> last = new HashMap<>();
        PostingSink sink = new PostingSink() {
            @Override
            public void send(Posting posting) {
                last.put(posting.id(), posting);
            }

            @Override
            public long flush() {
                return last.size();
            }

            @Override
            public void close() {
            }
        };
        MentionExtractor extractor = new MentionExtractor(TAXONOMY);

        LoadSummary summary = new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(file));

        assertThat(summary.read()).isEqualTo(stats.lines());
        assertThat(summary.clean()).isTrue();
        last.forEach((id, p) -> assertThat(p.deleted() ? Set.of() : extractor.termIds(p.text()))
                .as(id).isEqualTo(TRUTH.postings().get(id).terms()));
    }

    @Test
    void shouldWriteATrapIntoAboutOneBlurbInTen() {
        long withTrap = STREAM.stream().filter(p -> !p.deleted())
                .filter(p -> Vocabulary.TRAPS.stream().anyMatch(t -> p.description().contains(t.text()))).count();
        long live = STREAM.stream().filter(p -> !p.deleted()).count();
        assertThat(withTrap / (double) live).isBetween(0.05, 0.15);
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.generate.PostingWriter;
import dev.skillpulse.ingest.generate.SampleGenerator;
import dev.skillpulse.ingest.generate.Truth;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code skillpulse generate}: realistic sample postings (deterministic for a seed), optionally with their truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write realistic job postings with reposts, edits and deletions.",
        description = "Generate realistic ML/data job postings as JSON Lines (or CSV / JSON-LD / HTML), "
                + "with reposts, edits and deletions; --truth writes the expected final state and weekly counts.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--postings", paramLabel = "N", defaultValue = "20000",
            description = "Distinct posting ids to generate, reposts included (default: ${DEFAULT-VALUE}).")
    int postings;

    @Option(names = "--from", paramLabel = "YYYY-MM", defaultValue = "2019-01", description = "First month (default: ${DEFAULT-VALUE}).")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", defaultValue = "2026-10", description = "Last month (default: ${DEFAULT-VALUE}).")
    YearMonth to;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output; gzip when it ends in .gz.")
    Path out;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth JSON here (format in docs/data.md).")
    Path truthFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, csv, jsonld or html (JSON-LD cannot express deletions; they are left out). Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    TaxonomyOption taxonomy;

    @Override
    public Integer call() throws Exception {
        Taxonomy tax = taxonomy.load();
        SampleGenerator generator = new SampleGenerator(new SampleGenerator.Config(postings, from, to, seed), tax);
        Truth truth = truthFile == null ? null : new Truth();
        long start = System.nanoTime();
        SampleGenerator.Stats stats;
        try (OutputStream target = open(); PostingWriter writer = PostingWriter.of(format, target)) {
            stats = generator.generate(writer::write, truth);
            if (writer.skippedDeletions() > 0) {
                System.err.printf("%s cannot express deletions: %d deletion lines left out%n", format, writer.skippedDeletions());
            }
        }
        if (truth != null) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("generator", "skillpulse generate --postings " + postings + " --from " + from + " --to " + to
                    + " --seed " + seed);
            header.put("taxonomyVersion", tax.version());
            truth.write(truthFile, header);
        }
        System.err.printf("generated %d lines: %d originals, %d reposts, %d edits, %d deletions in %.1f s%n",
                stats.lines(), stats.originals(), stats.reposts(), stats.edits(), stats.deletions(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private OutputStream open() throws Exception {
        if (out == null) {
            return new FilterOutputStream(System.out) {
                @Override
                public void close() {
                    System.out.flush(); // never close standard output
                }
            };
        }
        OutputStream file = Files.newOutputStream(out);
        return out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
    }
}

package dev.skillpulse.app.bench;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.generate.PostingWriter;
import dev.skillpulse.ingest.generate.SampleGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/** A JSON Lines file of exactly {@code lines} generated posting versions (originals, reposts, edits, deletions). */
public final class SampleFile {
    private SampleFile() {
    }

    /** {@code idPrefix} keeps the ids apart from another file's (e.g. new postings after a first load). */
    public static void write(Path file, int lines, long seed, String idPrefix, Taxonomy taxonomy) throws IOException {
        SampleGenerator generator = new SampleGenerator(
                new SampleGenerator.Config(lines, YearMonth.of(2019, 1), YearMonth.of(2026, 10), seed), taxonomy);
        long[] written = {0};
        try (OutputStream out = Files.newOutputStream(file); PostingWriter writer = PostingWriter.of("jsonl", out)) {
            generator.generate(p -> {
                if (written[0] < lines) {
                    writer.write(idPrefix.isEmpty() ? p : withId(p, idPrefix + p.id()));
                    written[0]++;
                }
            }, null);
        }
    }

    private static Posting withId(Posting p, String id) {
        return new Posting(id, p.title(), p.company(), p.location(), p.postedAt(), p.description(), p.url(),
                p.source(), p.employmentType(), p.remote(), p.validThrough(), p.salary(), p.deleted());
    }
}

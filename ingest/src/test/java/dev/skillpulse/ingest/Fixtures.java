package dev.skillpulse.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for reader tests: write a fixture file, read it, and pick out the results. */
final class Fixtures {
    private Fixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[]... parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
        return file;
    }

    static Path gzip(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** The file's first {@code keep} bytes: a truncated copy. */
    static Path truncated(Path file, int keep) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return bytes(file.getParent(), "cut-" + file.getFileName(), Arrays.copyOf(all, Math.min(keep, all.length)));
    }

    static List<ReadResult> read(PostingReader reader, Path file) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        reader.read(file, results::add);
        return results;
    }

    static List<ReadResult.Accepted> accepted(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Accepted.class::isInstance).map(ReadResult.Accepted.class::cast).toList();
    }

    static List<ReadResult.Rejected> rejected(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Rejected.class::isInstance).map(ReadResult.Rejected.class::cast).toList();
    }

    /** Exactly one rejection, at a line ending in {@code originSuffix}, whose reason starts with {@code reasonStart}. */
    static void assertSingleRejection(List<ReadResult> results, String originSuffix, String reasonStart) {
        assertThat(rejected(results)).singleElement().satisfies(r -> {
            assertThat(r.origin()).endsWith(originSuffix);
            assertThat(r.reason()).startsWith(reasonStart);
        });
    }

    /** The reason of the one and only rejection among {@code results}. */
    static String onlyRejectionReason(List<ReadResult> results) {
        assertThat(rejected(results)).hasSize(1);
        return rejected(results).get(0).reason();
    }
}

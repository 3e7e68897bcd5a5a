package dev.skillpulse.ingest;

import static dev.skillpulse.ingest.Fixtures.accepted;
import static dev.skillpulse.ingest.Fixtures.onlyRejectionReason;
import static dev.skillpulse.ingest.Fixtures.read;
import static dev.skillpulse.ingest.Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    private static final String GOOD = "{\"id\":\"a1\",\"title\":\"Data Engineer\",\"postedAt\":\"2024-03-04\"}\n";
    private static final String OTHER = "{\"id\":\"a2\",\"title\":\"ML Engineer\",\"postedAt\":\"2024-03-05\"}\n";

    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void shouldAcceptValidLine() throws Exception {
        var results = read(reader, Fixtures.write(dir, "p.jsonl", GOOD));

        assertThat(accepted(results)).singleElement().satisfies(a -> {
            assertThat(a.posting().id()).isEqualTo("a1");
            assertThat(a.origin()).endsWith("p.jsonl:1");
        });
    }

    @Test
    void shouldRejectLineWithoutId() throws Exception {
        var results = read(reader, Fixtures.write(dir, "p.jsonl", GOOD + "{\"postedAt\":\"2024-01-01\"}\n"));

        assertThat(rejected(results)).singleElement().satisfies(r -> {
            assertThat(r.origin()).endsWith("p.jsonl:2");
            assertThat(r.reason()).isEqualTo("missing field 'id'");
        });
    }

    @Test
    void shouldRejectLineWithUnparseableDate() throws Exception {
        var results = read(reader, Fixtures.write(dir, "p.jsonl", "{\"id\":\"x\",\"postedAt\":\"04/03/2024\"}\n"));

        assertThat(onlyRejectionReason(results)).startsWith("unparseable date in 'postedAt'");
    }

    @Test
    void shouldKeepGoodLinesBeforeTruncatedLastLine() throws Exception {
        var results = read(reader, Fixtures.write(dir, "p.jsonl", GOOD + OTHER + "{\"id\":\"a3\",\"tit"));

        assertThat(accepted(results)).hasSize(2);
        Fixtures.assertSingleRejection(results, ":3", "not JSON");
    }

    @Test
    void shouldKeepRecordsBeforeTruncatedGzip() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append("{\"id\":\"p").append(i).append("\",\"postedAt\":\"2024-01-01\",\"description\":\"row ")
                    .append(i * 7919L % 100003).append("\"}\n");
        }
        Path whole = Fixtures.gzip(dir, "p.jsonl.gz", many.toString());
        Path cut = Fixtures.truncated(whole, (int) (java.nio.file.Files.size(whole) / 2));

        var results = read(reader, cut);

        assertThat(accepted(results)).as(rejected(results).toString()).hasSizeGreaterThan(100).hasSizeLessThan(2000);
        assertThat(rejected(results).get(rejected(results).size() - 1).reason()).startsWith("file is truncated");
    }

    @Test
    void shouldReadUtf8WithByteOrderMark() throws Exception {
        Path file = Fixtures.bytes(dir, "bom.jsonl", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                GOOD.getBytes(StandardCharsets.UTF_8));

        assertThat(accepted(read(reader, file))).singleElement()
                .satisfies(a -> assertThat(a.posting().id()).isEqualTo("a1"));
    }

    @Test
    void shouldReadLatin1LineInUtf8FileAsWindows1252() throws Exception {
        Path file = Fixtures.bytes(dir, "mixed.jsonl",
                "{\"id\":\"u\",\"postedAt\":\"2024-01-01\",\"company\":\"Zürich AG\"}\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"l\",\"postedAt\":\"2024-01-01\",\"company\":\"Café Müller\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        var companies = accepted(read(reader, file)).stream().map(a -> a.posting().company()).toList();

        assertThat(companies).containsExactly("Zürich AG", "Café Müller");
    }

    @Test
    void shouldRejectUtf16FileClearly() throws Exception {
        Path file = Fixtures.bytes(dir, "wide.jsonl", new byte[] {(byte) 0xFF, (byte) 0xFE},
                GOOD.getBytes(StandardCharsets.UTF_16LE));

        assertThat(onlyRejectionReason(read(reader, file))).contains("UTF-16");
    }

    @Test
    void shouldRejectEveryLineOfAFileThatIsAllRejects() throws Exception {
        var results = read(reader, Fixtures.write(dir, "bad.jsonl", "nope\n[1]\n{\"title\":\"x\"}\n"));

        assertThat(accepted(results)).isEmpty();
        assertThat(rejected(results)).extracting(ReadResult.Rejected::reason)
                .containsExactly("not JSON: Unrecognized token 'nope': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "not a JSON object", "missing field 'id'");
    }
}

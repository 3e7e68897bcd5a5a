package dev.skillpulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
    @TempDir
    Path dir;

    @Test
    void shouldPickReaderByExtension() {
        assertThat(Formats.readerFor(Path.of("a.jsonl.gz"), ReaderOptions.DEFAULT)).isInstanceOf(JsonLinesReader.class);
        assertThat(Formats.readerFor(Path.of("a.csv"), ReaderOptions.DEFAULT)).isInstanceOf(CsvReader.class);
        assertThat(Formats.readerFor(Path.of("a.jsonld"), ReaderOptions.DEFAULT)).isInstanceOf(JsonLdReader.class);
        assertThat(Formats.readerFor(Path.of("a.HTML"), ReaderOptions.DEFAULT)).isInstanceOf(JsonLdReader.class);
    }

    @Test
    void shouldTreatJsonFileWithSchemaOrgTypeAsJsonLd() throws Exception {
        Path ld = Fixtures.write(dir, "ld.json", "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\"}");
        Path lines = Fixtures.write(dir, "lines.json", "{\"id\":\"a\",\"postedAt\":\"2024-01-01\"}\n");

        assertThat(Formats.readerFor(ld, ReaderOptions.DEFAULT)).isInstanceOf(JsonLdReader.class);
        assertThat(Formats.readerFor(lines, ReaderOptions.DEFAULT)).isInstanceOf(JsonLinesReader.class);
    }

    @Test
    void shouldLetFormatOverrideTheExtension() {
        assertThat(Formats.readerFor(Path.of("feed.txt"), "jsonld", Map.of())).isInstanceOf(JsonLdReader.class);
    }

    @Test
    void shouldRefuseUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> Formats.readerFor(Path.of("a.xml"), ReaderOptions.DEFAULT))
                .hasMessageContaining("unknown format 'xml'").hasMessageContaining("jsonl, jsonld, html, csv, tsv");
    }

    @Test
    void shouldParseColumnMappings() {
        assertThat(ReaderOptions.parseMappings(java.util.List.of("job_id=id", "Date Posted=postedAt")))
                .containsExactly(Map.entry("job_id", "id"), Map.entry("Date Posted", "postedAt"));
        assertThatThrownBy(() -> ReaderOptions.parseMappings(java.util.List.of("oops")))
                .hasMessageContaining("column=field");
    }
}

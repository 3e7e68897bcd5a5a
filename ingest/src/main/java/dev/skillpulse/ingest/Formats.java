package dev.skillpulse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the reader for a file: the {@code --format} the user gave, else the file's extension (and, for .json, its content). */
public final class Formats {
    /** The names {@code --format} accepts. */
    public static final List<String> NAMES = List.of("jsonl", "jsonld", "html", "csv", "tsv");

    private Formats() {
    }

    public static PostingReader readerFor(Path file, String format) {
        return readerFor(file, format, Map.of());
    }

    public static PostingReader readerFor(Path file, ReaderOptions options) {
        return readerFor(file, options.format(), options.columnMap());
    }

    /**
     * The reader for {@code file}: {@code format} (one of {@link #NAMES}) when not null, else chosen by extension;
     * {@code columnMap} ({@code column -> field}) applies to CSV and TSV only.
     */
    public static PostingReader readerFor(Path file, String format, Map<String, String> columnMap) {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(file);
        return switch (chosen) {
            case "jsonl" -> new JsonLinesReader();
            case "jsonld", "html" -> new JsonLdReader();
            case "csv" -> new CsvReader(',', columnMap);
            case "tsv" -> new CsvReader('\t', columnMap);
            default -> throw new IllegalArgumentException("unknown format '" + chosen + "' for " + file
                    + " (known: " + String.join(", ", NAMES) + "; use --format to choose one)");
        };
    }

    static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "jsonl", "ndjson" -> "jsonl";
            case "json" -> looksLikeJsonLd(file) ? "jsonld" : "jsonl";
            case "jsonld" -> "jsonld";
            case "html", "htm", "xhtml" -> "html";
            case "csv" -> "csv";
            case "tsv", "tab" -> "tsv";
            default -> ext;
        };
    }

    /** A .json file is JSON-LD when it starts with an array or names a schema.org context or type early on. */
    private static boolean looksLikeJsonLd(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            String head = new String(in.readNBytes(1 << 14), StandardCharsets.ISO_8859_1).stripLeading();
            if (head.startsWith("\u00ef\u00bb\u00bf")) {
                head = head.substring(3).stripLeading();
            }
            return head.startsWith("[") || head.contains("\"@context\"") || head.contains("\"@type\"");
        } catch (IOException e) {
            return false;
        }
    }
}

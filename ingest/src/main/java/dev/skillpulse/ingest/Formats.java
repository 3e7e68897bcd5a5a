package dev.skillpulse.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a file: the {@code --format} the user gave, else the file's extension. */
public final class Formats {
    private Formats() {
    }

    public static PostingReader readerFor(Path file, String format) {
        String chosen = format != null ? format : formatOf(file);
        return switch (chosen) {
            case "jsonl" -> new JsonLinesReader();
            default -> throw new IllegalArgumentException("unknown format '" + chosen + "' for " + file
                    + " (known: jsonl)");
        };
    }

    static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? "jsonl"
                : name.substring(name.lastIndexOf('.') + 1);
    }
}

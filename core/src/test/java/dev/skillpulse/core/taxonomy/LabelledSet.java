package dev.skillpulse.core.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The hand-labelled posting excerpts in labelled-postings.txt. */
public final class LabelledSet {
    public record Example(String id, Set<String> expected, String text) {
    }

    private LabelledSet() {
    }

    public static List<Example> load() {
        String raw;
        try (InputStream in = LabelledSet.class.getResourceAsStream("labelled-postings.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String id = null;
        Set<String> expected = null;
        StringBuilder text = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (id != null) {
                    out.add(new Example(id, expected, text.toString().strip()));
                }
                id = line.substring(4).strip();
                expected = null;
                text.setLength(0);
            } else if (id != null && expected == null && line.startsWith("expect:")) {
                expected = new LinkedHashSet<>();
                Arrays.stream(line.substring(7).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(expected::add);
            } else if (id != null) {
                text.append(line).append('\n');
            }
        }
        if (id != null) {
            out.add(new Example(id, expected, text.toString().strip()));
        }
        return out;
    }
}

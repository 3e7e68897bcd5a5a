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

/**
 * A hand-labelled set of posting excerpts: {@link #IN_SAMPLE} (labelled-postings.txt, written with the taxonomy and
 * tuned on) or {@link #HELD_OUT} (held-out-postings.txt, written before the issue-15 rules and never tuned on).
 */
public final class LabelledSet {
    public record Example(String id, Set<String> expected, String text) {
    }

    public static final String IN_SAMPLE = "labelled-postings.txt";
    public static final String HELD_OUT = "held-out-postings.txt";

    private LabelledSet() {
    }

    /** The in-sample set. */
    public static List<Example> load() {
        return load(IN_SAMPLE);
    }

    /** The set in resource {@code name}, next to this class. */
    public static List<Example> load(String name) {
        String raw;
        try (InputStream in = LabelledSet.class.getResourceAsStream(name)) {
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

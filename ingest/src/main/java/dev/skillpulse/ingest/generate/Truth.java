package dev.skillpulse.ingest.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expected final state of a generated stream: per posting id its last version (or deletion), the terms the
 * extractor finds in it, and which posting it reposts; and the expected counts per ISO week (by posting id, and
 * with reposts collapsed onto their original). Format: docs/data.md.
 */
public final class Truth {
    /** The final state of one posting id. {@code terms} is empty for a deleted posting. */
    public record Entry(boolean deleted, LocalDate postedAt, Set<String> terms, String repostOf, Set<String> everyday) {
    }

    /** Live postings in a week and how many of them mention each term. */
    public record Week(int postings, Map<String, Integer> terms) {
    }

    private final Map<String, Entry> byId = new TreeMap<>();

    void live(String id, LocalDate postedAt, Set<String> terms, String repostOf, Set<String> everyday) {
        byId.put(id, new Entry(false, postedAt, new TreeSet<>(terms), repostOf, new TreeSet<>(everyday)));
    }

    void deleted(String id) {
        Entry last = byId.get(id);
        byId.put(id, new Entry(true, last == null ? null : last.postedAt(), Set.of(),
                last == null ? null : last.repostOf(), Set.of()));
    }

    public Map<String, Entry> postings() {
        return byId;
    }

    public static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Counts of live postings by id: a repost under a new id is a posting of its own. */
    public Map<LocalDate, Week> weeklyById() {
        return weekly(byId.values().stream().filter(e -> !e.deleted()).toList());
    }

    /**
     * Counts with each original and its reposts collapsed into one posting: the group counts once, in the week and
     * with the terms of its earliest live member (by postedAt, then id); a group with no live member is not counted.
     */
    public Map<LocalDate, Week> weeklyDeduplicated() {
        Map<String, Map.Entry<String, Entry>> earliest = new TreeMap<>();
        Comparator<Map.Entry<String, Entry>> order = Comparator.<Map.Entry<String, Entry>, LocalDate>comparing(
                e -> e.getValue().postedAt()).thenComparing(Map.Entry::getKey);
        for (Map.Entry<String, Entry> e : byId.entrySet()) {
            if (e.getValue().deleted()) {
                continue;
            }
            String group = e.getValue().repostOf() == null ? e.getKey() : e.getValue().repostOf();
            earliest.merge(group, e, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        return weekly(earliest.values().stream().map(Map.Entry::getValue).toList());
    }

    private static Map<LocalDate, Week> weekly(List<Entry> live) {
        Map<LocalDate, int[]> postings = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> terms = new TreeMap<>();
        for (Entry e : live) {
            LocalDate w = week(e.postedAt());
            postings.computeIfAbsent(w, k -> new int[1])[0]++;
            Map<String, Integer> counts = terms.computeIfAbsent(w, k -> new TreeMap<>());
            e.terms().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Map<LocalDate, Week> weeks = new TreeMap<>();
        postings.forEach((w, n) -> weeks.put(w, new Week(n[0], terms.get(w))));
        return weeks;
    }

    /** Writes the truth file (keys sorted, so the same seed gives the same bytes). */
    public void write(Path file, Map<String, Object> header) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<String, Object> h : header.entrySet()) {
                g.writeFieldName(h.getKey());
                if (h.getValue() instanceof Number n) {
                    g.writeNumber(n.longValue());
                } else {
                    g.writeString(String.valueOf(h.getValue()));
                }
            }
            g.writeObjectFieldStart("postings");
            for (Map.Entry<String, Entry> e : byId.entrySet()) {
                Entry v = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeBooleanField("deleted", v.deleted());
                if (v.postedAt() != null) {
                    g.writeStringField("postedAt", v.postedAt().toString());
                }
                strings(g, "terms", v.terms());
                if (v.repostOf() != null) {
                    g.writeStringField("repostOf", v.repostOf());
                }
                if (!v.everyday().isEmpty()) {
                    strings(g, "everyday", v.everyday());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            weeks(g, "weeklyById", weeklyById());
            weeks(g, "weeklyDeduplicated", weeklyDeduplicated());
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, Set<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : new ArrayList<>(values)) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void weeks(JsonGenerator g, String field, Map<LocalDate, Week> weeks) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<LocalDate, Week> w : weeks.entrySet()) {
            g.writeObjectFieldStart(w.getKey().toString());
            g.writeNumberField("postings", w.getValue().postings());
            g.writeObjectFieldStart("terms");
            for (Map.Entry<String, Integer> t : w.getValue().terms().entrySet()) {
                g.writeNumberField(t.getKey(), t.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}

package dev.skillpulse.ingest.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingFingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The expected final state of a generated stream: per posting id its last version (or deletion), the terms the
 * extractor finds in it, its job fingerprint and which posting it reposts; and the expected counts per ISO week
 * (every live id, and deduplicated) and per month (deduplicated). Format and counting rule: docs/data.md.
 *
 * <p>This is the oracle the pipeline is compared with, so it computes the deduplication rule on its own: live
 * postings grouped by {@link PostingFingerprint} of their final version, sorted by postedAt then id; a posting at
 * most {@link #REPOST_WINDOW_DAYS} days after the first posting of its run joins that run, a later one starts a
 * new run; each run counts once, on the date and with the terms of its first posting.
 */
public final class Truth {
    /** Same value as the streams module's {@code JobGroup.REPOST_WINDOW_DAYS}; inclusive. */
    public static final int REPOST_WINDOW_DAYS = 30;
    private static final Comparator<Map.Entry<String, Entry>> RUN_ORDER = Comparator
            .<Map.Entry<String, Entry>, LocalDate>comparing(e -> e.getValue().postedAt()).thenComparing(Map.Entry::getKey);

    /**
     * The final state of one posting id. {@code terms} is empty and {@code fingerprint} null for a deleted posting.
     */
    public record Entry(boolean deleted, LocalDate postedAt, Set<String> terms, String fingerprint, String repostOf,
            Set<String> everyday, Set<String> emerging) {
    }

    /** Postings counted in a week (or, in {@link #monthlyDeduplicated()}, a month) and how many mention each term. */
    public record Week(int postings, Map<String, Integer> terms) {
    }

    private final Map<String, Entry> byId = new TreeMap<>();

    /**
     * Records a live version of {@code posting} with the terms the extractor finds in it and the keys of the terms
     * beyond the guide planted in it (what the generator wrote, not what any extractor finds).
     */
    void live(Posting posting, Set<String> terms, String repostOf, Set<String> everyday, Set<String> emerging) {
        byId.put(posting.id(), new Entry(false, posting.postedAt(), new TreeSet<>(terms), PostingFingerprint.of(posting),
                repostOf, new TreeSet<>(everyday), new TreeSet<>(emerging)));
    }

    void deleted(String id) {
        Entry last = byId.get(id);
        byId.put(id, new Entry(true, last == null ? null : last.postedAt(), Set.of(), null,
                last == null ? null : last.repostOf(), Set.of(), Set.of()));
    }

    public Map<String, Entry> postings() {
        return byId;
    }

    public static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate month(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    /** Counts of live postings by id (the raw count): a repost under a new id is a posting of its own. */
    public Map<LocalDate, Week> weeklyById() {
        return count(byId.values().stream().filter(e -> !e.deleted()).toList(), Truth::week);
    }

    /** One count per run of copies of the same job (see the class comment), in the ISO week of the run's start. */
    public Map<LocalDate, Week> weeklyDeduplicated() {
        return count(runStarts(), Truth::week);
    }

    /** {@link #weeklyDeduplicated()} by month, keyed by the first day of the month. */
    public Map<LocalDate, Week> monthlyDeduplicated() {
        return count(runStarts(), Truth::month);
    }

    /** The first posting of every run, as {@link #runStarts()}, by posting id. */
    public Map<String, Entry> countedById() {
        Map<String, Entry> counted = new TreeMap<>();
        Set<Entry> starts = Collections.newSetFromMap(new IdentityHashMap<>());
        starts.addAll(runStarts());
        byId.forEach((id, e) -> {
            if (starts.contains(e)) {
                counted.put(id, e);
            }
        });
        return counted;
    }

    /** Counted postings per month planting each term beyond the guide (by its candidate key). */
    public Map<LocalDate, Map<String, Integer>> emergingByMonth() {
        Map<LocalDate, Map<String, Integer>> out = new TreeMap<>();
        for (Entry e : runStarts()) {
            Map<String, Integer> counts = out.computeIfAbsent(month(e.postedAt()), k -> new TreeMap<>());
            e.emerging().forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return out;
    }

    /** The first posting of every run: live postings grouped by fingerprint, split into 30-day runs. */
    List<Entry> runStarts() {
        return countedIds().stream().map(byId::get).toList();
    }

    /** The ids of {@link #runStarts()}: the postings counted once for their run of copies. */
    public List<String> countedIds() {
        Map<String, List<Map.Entry<String, Entry>>> groups = new TreeMap<>();
        byId.entrySet().stream().filter(e -> !e.getValue().deleted())
                .forEach(e -> groups.computeIfAbsent(e.getValue().fingerprint(), k -> new ArrayList<>()).add(e));
        List<String> starts = new ArrayList<>();
        for (List<Map.Entry<String, Entry>> group : groups.values()) {
            group.sort(RUN_ORDER);
            LocalDate runStart = null;
            for (Map.Entry<String, Entry> member : group) {
                LocalDate at = member.getValue().postedAt();
                if (runStart == null || at.isAfter(runStart.plusDays(REPOST_WINDOW_DAYS))) {
                    runStart = at;
                    starts.add(member.getKey());
                }
            }
        }
        return starts;
    }

    private static Map<LocalDate, Week> count(List<Entry> counted, UnaryOperator<LocalDate> bucket) {
        Map<LocalDate, int[]> postings = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> terms = new TreeMap<>();
        for (Entry e : counted) {
            LocalDate b = bucket.apply(e.postedAt());
            postings.computeIfAbsent(b, k -> new int[1])[0]++;
            Map<String, Integer> counts = terms.computeIfAbsent(b, k -> new TreeMap<>());
            e.terms().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Map<LocalDate, Week> out = new TreeMap<>();
        postings.forEach((b, n) -> out.put(b, new Week(n[0], terms.get(b))));
        return out;
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
                if (v.fingerprint() != null) {
                    g.writeStringField("fingerprint", v.fingerprint());
                }
                if (v.repostOf() != null) {
                    g.writeStringField("repostOf", v.repostOf());
                }
                if (!v.everyday().isEmpty()) {
                    strings(g, "everyday", v.everyday());
                }
                if (!v.emerging().isEmpty()) {
                    strings(g, "emerging", v.emerging());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            buckets(g, "weeklyById", weeklyById());
            buckets(g, "weeklyDeduplicated", weeklyDeduplicated());
            buckets(g, "monthlyDeduplicated", monthlyDeduplicated());
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

    private static void buckets(JsonGenerator g, String field, Map<LocalDate, Week> buckets) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<LocalDate, Week> b : buckets.entrySet()) {
            g.writeObjectFieldStart(b.getKey().toString());
            g.writeNumberField("postings", b.getValue().postings());
            g.writeObjectFieldStart("terms");
            for (Map.Entry<String, Integer> t : b.getValue().terms().entrySet()) {
                g.writeNumberField(t.getKey(), t.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}

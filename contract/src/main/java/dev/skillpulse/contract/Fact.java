package dev.skillpulse.contract;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One countable statement about a posting, counted across postings: e.g. "posted in the ISO week starting
 * {@code period}" ({@link #POSTINGS_WEEK}), "posted in that month in country {@code dimension}"
 * ({@code postings-by-country}). Periods are calendar buckets of {@code postedAt} in the key (ISO week
 * Monday, or first of month), not Kafka windows, so late and edited postings land in the right bucket.
 * Encoded as {@code metric|period|subject|dimension} for keys.
 */
public record Fact(String metric, LocalDate period, String subject, String dimension) {
    public static final String POSTINGS_WEEK = "postings-week";
    public static final String TERM_WEEK = "term-week";
    public static final String POSTINGS_MONTH = "postings-month";
    public static final String TERM_MONTH = "term-month";
    /** Every posting id including reposts, per week: against {@link #POSTINGS_WEEK} it gives posting intensity. */
    public static final String RAW_POSTINGS_WEEK = "raw-postings-week";
    /**
     * Counted postings of a month asking for a candidate term beyond the taxonomy (subject: its key; dimension: its
     * label as written, so the commonest spelling can be shown; a posting has one label per key).
     */
    public static final String CANDIDATE_MONTH = "candidate-month";
    /** Counted postings of a month writing an acronym (subject) next to its expansion (dimension), both as keys. */
    public static final String ALIAS_MONTH = "alias-month";
    /** Prefix of monthly breakdowns of all postings, e.g. {@code postings-by-country}. */
    public static final String POSTINGS_BY = "postings-by-";

    private static final char SEP = '|';

    public Fact {
        subject = clean(subject);
        dimension = clean(dimension);
        if (metric.indexOf(SEP) >= 0) {
            throw new IllegalArgumentException("'|' is reserved in fact keys: " + metric);
        }
    }

    public static LocalDate weekOf(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }

    public static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    public static Fact postingsInWeek(LocalDate date) {
        return new Fact(POSTINGS_WEEK, weekOf(date), "", "");
    }

    public static Fact termInWeek(String termId, LocalDate date) {
        return new Fact(TERM_WEEK, weekOf(date), termId, "");
    }

    public static Fact postingsInMonth(LocalDate date) {
        return new Fact(POSTINGS_MONTH, monthOf(date), "", "");
    }

    public static Fact termInMonth(String termId, LocalDate date) {
        return new Fact(TERM_MONTH, monthOf(date), termId, "");
    }

    public static Fact candidateInMonth(String key, String label, LocalDate date) {
        return new Fact(CANDIDATE_MONTH, monthOf(date), key, label);
    }

    public static Fact aliasInMonth(String acronym, String expansion, LocalDate date) {
        return new Fact(ALIAS_MONTH, monthOf(date), acronym, expansion);
    }

    public static Fact rawPostingsInWeek(LocalDate date) {
        return new Fact(RAW_POSTINGS_WEEK, weekOf(date), "", "");
    }

    public static Fact postingsBy(String dimensionKind, String value, LocalDate date) {
        return new Fact(POSTINGS_BY + dimensionKind, monthOf(date), "", value);
    }

    public String encode() {
        return metric + SEP + period + SEP + subject + SEP + dimension;
    }

    public static Fact decode(String key) {
        int a = key.indexOf(SEP);
        int b = key.indexOf(SEP, a + 1);
        int c = key.indexOf(SEP, b + 1);
        if (a < 0 || b < 0 || c < 0) {
            throw new IllegalArgumentException("not a fact key: " + key);
        }
        return new Fact(key.substring(0, a), LocalDate.parse(key.substring(a + 1, b)), key.substring(b + 1, c),
                key.substring(c + 1));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(SEP, '/');
    }
}

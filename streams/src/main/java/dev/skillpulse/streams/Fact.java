package dev.skillpulse.streams;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One countable statement about a posting: "posted in the ISO week starting {@code period}" ({@link #POSTINGS})
 * or "mentions term {@code subject} in that week" ({@link #TERM}). Counting facts across postings gives the
 * numbers the dashboard shows. Encoded as {@code metric|period|subject} for keys.
 */
public record Fact(String metric, LocalDate period, String subject) {
    public static final String POSTINGS = "postings-week";
    public static final String TERM = "term-week";
    private static final char SEP = '|';

    public Fact {
        if (metric.indexOf(SEP) >= 0 || subject.indexOf(SEP) >= 0) {
            throw new IllegalArgumentException("'|' is reserved in fact keys: " + metric + " " + subject);
        }
    }

    public static LocalDate weekOf(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }

    public static Fact postingsInWeek(LocalDate date) {
        return new Fact(POSTINGS, weekOf(date), "");
    }

    public static Fact termInWeek(String termId, LocalDate date) {
        return new Fact(TERM, weekOf(date), termId);
    }

    public String encode() {
        return metric + SEP + period + SEP + subject;
    }

    public static Fact decode(String key) {
        int a = key.indexOf(SEP);
        int b = key.indexOf(SEP, a + 1);
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("not a fact key: " + key);
        }
        return new Fact(key.substring(0, a), LocalDate.parse(key.substring(a + 1, b)), key.substring(b + 1));
    }
}

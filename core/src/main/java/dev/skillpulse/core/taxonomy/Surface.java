package dev.skillpulse.core.taxonomy;

import java.util.List;

/**
 * One way a term is written, with its rules.
 *
 * @param text           the surface; whitespace runs, hyphens and dashes all match any run of them, a trailing dot is optional
 * @param caseSensitive  letters must match exactly as written (for "R", "Go", "MS")
 * @param requires       corroboration: the match counts only with one of these terms or words nearby; null when none is needed
 * @param notFollowedBy  phrases that, right after the match, veto it ("MS" then "Office")
 * @param notPrecededBy  phrases that, right before the match, veto it ("semi" then "supervised")
 * @param notAfterNumber vetoed right after a number ("5 MS")
 * @param unless         the match is vetoed by any mention of these terms, or any of these words, nearby; null when none
 * @param degreePhrase   {@link DegreePhrase#INSIDE}: counts only inside a degree phrase (a degree field);
 *                       {@link DegreePhrase#OUTSIDE}: never inside one (the statistics skill, not the major);
 *                       {@link DegreePhrase#ANY}: no such rule
 */
public record Surface(String text, boolean caseSensitive, Corroboration requires, List<String> notFollowedBy,
        List<String> notPrecededBy, boolean notAfterNumber, Corroboration unless, DegreePhrase degreePhrase) {

    public Surface {
        notFollowedBy = List.copyOf(notFollowedBy);
        notPrecededBy = List.copyOf(notPrecededBy);
        if (degreePhrase == null) {
            degreePhrase = DegreePhrase.ANY;
        }
    }

    public Surface(String text, boolean caseSensitive, Corroboration requires, List<String> notFollowedBy,
            List<String> notPrecededBy, boolean notAfterNumber) {
        this(text, caseSensitive, requires, notFollowedBy, notPrecededBy, notAfterNumber, null, DegreePhrase.ANY);
    }

    public static Surface plain(String text) {
        return new Surface(text, false, null, List.of(), List.of(), false);
    }

    /** Where a surface may stand relative to a degree phrase ("BS in ..., ... or a related field"). */
    public enum DegreePhrase {
        ANY, INSIDE, OUTSIDE
    }

    /**
     * Another term id from {@code terms}, or a word from {@code words}, within {@code window} chars of the match, or
     * anywhere in its sentence when {@code sentence} is true.
     */
    public record Corroboration(List<String> terms, List<String> words, int window, boolean sentence) {
        public static final int DEFAULT_WINDOW = 50;

        public Corroboration {
            terms = List.copyOf(terms);
            words = List.copyOf(words);
        }

        public Corroboration(List<String> terms, List<String> words, int window) {
            this(terms, words, window, false);
        }
    }
}

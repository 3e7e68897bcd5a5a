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
 */
public record Surface(String text, boolean caseSensitive, Corroboration requires, List<String> notFollowedBy,
        List<String> notPrecededBy, boolean notAfterNumber) {

    public Surface {
        notFollowedBy = List.copyOf(notFollowedBy);
        notPrecededBy = List.copyOf(notPrecededBy);
    }

    public static Surface plain(String text) {
        return new Surface(text, false, null, List.of(), List.of(), false);
    }

    /** Another term id from {@code terms}, or a word from {@code words}, within {@code window} chars of the match. */
    public record Corroboration(List<String> terms, List<String> words, int window) {
        public static final int DEFAULT_WINDOW = 50;

        public Corroboration {
            terms = List.copyOf(terms);
            words = List.copyOf(words);
        }
    }
}

package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.ALPHABET;
import static dev.skillpulse.core.taxonomy.Normalizer.SPACE;
import static dev.skillpulse.core.taxonomy.Normalizer.SYM;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of phrases (as symbols) found next to a position: indexed by their first and by their last symbol, so a
 * check compares only the few phrases that can match there instead of all of them (a degree-phrase walk asks at
 * every step of every walk).
 */
final class PhraseSet {
    private static final byte[][] NONE = new byte[0][];

    private final byte[][][] byFirst = new byte[ALPHABET][][];
    private final byte[][][] byLast = new byte[ALPHABET][][];

    PhraseSet(List<String> phrases) {
        List<List<byte[]>> first = new ArrayList<>();
        List<List<byte[]>> last = new ArrayList<>();
        for (int s = 0; s < ALPHABET; s++) {
            first.add(new ArrayList<>());
            last.add(new ArrayList<>());
        }
        for (String phrase : phrases) {
            byte[] syms = Normalizer.symbols(phrase);
            first.get(syms[0]).add(syms);
            last.get(syms[syms.length - 1]).add(syms);
        }
        for (int s = 0; s < ALPHABET; s++) {
            byFirst[s] = first.get(s).isEmpty() ? NONE : first.get(s).toArray(byte[][]::new);
            byLast[s] = last.get(s).isEmpty() ? NONE : last.get(s).toArray(byte[][]::new);
        }
    }

    /** Does one of the phrases start at {@code at}, after optional spaces, on a token boundary? */
    boolean startsAt(char[] b, int n, int at) {
        return longestAfter(b, n, at) >= 0;
    }

    /** End of the longest phrase starting at {@code at} (after optional spaces) on a token boundary, or -1. */
    int longestAfter(char[] b, int n, int at) {
        int i = at;
        while (i < n && SYM[b[i]] == SPACE) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        int best = -1;
        for (byte[] p : byFirst[SYM[b[i]]]) {
            best = Math.max(best, SurfaceRules.endOfPhraseAfter(b, n, at, p));
        }
        return best;
    }

    /** Start of the longest phrase ending just before {@code at} (optional spaces between) on a token boundary, or -1. */
    int longestBefore(char[] b, int at) {
        int i = at - 1;
        while (i >= 0 && SYM[b[i]] == SPACE) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        int best = -1;
        for (byte[] p : byLast[SYM[b[i]]]) {
            int s = SurfaceRules.startOfPhraseBefore(b, at, p);
            if (s >= 0 && (best < 0 || s < best)) {
                best = s;
            }
        }
        return best;
    }
}

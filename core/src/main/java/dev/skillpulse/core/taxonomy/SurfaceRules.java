package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.HASH;
import static dev.skillpulse.core.taxonomy.Normalizer.PLUS;
import static dev.skillpulse.core.taxonomy.Normalizer.SPACE;
import static dev.skillpulse.core.taxonomy.Normalizer.SYM;
import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

/**
 * The checks a matched surface must pass where it stands: token boundary, case, and its vetoes (the phrase right
 * before or after it, a number before it). Stateless; works on the cleaned text buffer.
 */
final class SurfaceRules {
    private SurfaceRules() {
    }

    /** May a match end before {@code next}? A surface ending in a word char must not run on into one, '+' or '#'. */
    static boolean endsOk(char next, boolean surfaceEndsInWordChar) {
        if (!surfaceEndsInWordChar) {
            return true;
        }
        int s = SYM[next];
        return s < WORD && s != PLUS && s != HASH;
    }

    /** Does text[start, end) pass {@code f}'s case rule and vetoes? */
    static boolean passes(Form f, char[] b, int n, int start, int end) {
        if (f.caseSensitive && !sameCase(f.exact, b, start, end)) {
            return false;
        }
        if (f.notAfterNumber && afterNumber(b, start)) {
            return false;
        }
        if (f.notFollowedBy.length > 0) {
            // Only phrases starting with the next symbol can match: "communication" has twenty vetoes.
            int i = end;
            while (i < n && SYM[b[i]] == SPACE) {
                i++;
            }
            int next = i < n ? SYM[b[i]] : -1;
            for (byte[] p : f.notFollowedBy) {
                if (p[0] == next && followedBy(b, n, end, p)) {
                    return false;
                }
            }
        }
        if (f.notPrecededBy.length > 0) {
            int i = start - 1;
            while (i >= 0 && SYM[b[i]] == SPACE) {
                i--;
            }
            int previous = i >= 0 ? SYM[b[i]] : -1;
            for (byte[] p : f.notPrecededBy) {
                if (p[p.length - 1] == previous && precededBy(b, start, p)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameCase(char[] exact, char[] b, int start, int end) {
        int k = 0;
        boolean lastSpace = false;
        for (int i = start; i < end; i++) {
            char c = Normalizer.canon(b[i]);
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            if (k >= exact.length || exact[k++] != c) {
                return false;
            }
        }
        return k == exact.length;
    }

    private static boolean afterNumber(char[] b, int start) {
        int i = start - 1;
        while (i >= 0 && start - i <= 3 && SYM[b[i]] == SPACE) {
            i--;
        }
        return i >= 0 && b[i] >= '0' && b[i] <= '9';
    }

    /** Does phrase {@code p} follow position {@code at} (after optional spaces), ending on a token boundary? */
    static boolean followedBy(char[] b, int n, int at, byte[] p) {
        return endOfPhraseAfter(b, n, at, p) >= 0;
    }

    /** Where phrase {@code p} ends if it follows {@code at} (after optional spaces) on a token boundary, else -1. */
    static int endOfPhraseAfter(char[] b, int n, int at, byte[] p) {
        int i = at;
        while (i < n && SYM[b[i]] == SPACE) {
            i++;
        }
        for (int k = 0; k < p.length; k++) {
            if (p[k] == SPACE) {
                if (i >= n || SYM[b[i]] != SPACE) {
                    return -1;
                }
                while (i < n && SYM[b[i]] == SPACE) {
                    i++;
                }
            } else {
                if (i >= n || SYM[b[i]] != p[k]) {
                    return -1;
                }
                i++;
            }
        }
        return p[p.length - 1] < WORD || i >= n || SYM[b[i]] < WORD ? i : -1;
    }

    /** Does phrase {@code p} end just before {@code at} (optional spaces between), starting on a token boundary? */
    static boolean precededBy(char[] b, int at, byte[] p) {
        return startOfPhraseBefore(b, at, p) >= 0;
    }

    /** Where phrase {@code p} starts if it ends just before {@code at} on a token boundary, else -1. */
    static int startOfPhraseBefore(char[] b, int at, byte[] p) {
        int i = at - 1;
        while (i >= 0 && SYM[b[i]] == SPACE) {
            i--;
        }
        for (int k = p.length - 1; k >= 0; k--) {
            if (p[k] == SPACE) {
                if (i < 0 || SYM[b[i]] != SPACE) {
                    return -1;
                }
                while (i >= 0 && SYM[b[i]] == SPACE) {
                    i--;
                }
            } else {
                if (i < 0 || SYM[b[i]] != p[k]) {
                    return -1;
                }
                i--;
            }
        }
        return p[0] < WORD || i < 0 || SYM[b[i]] < WORD ? i + 1 : -1;
    }
}

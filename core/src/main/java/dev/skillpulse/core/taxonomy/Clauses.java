package dev.skillpulse.core.taxonomy;

/**
 * Where the clause around a position starts and ends in cleaned text: at a line break, ';', '!', '?', '|', a
 * bullet, or a '.' that ends a word of two or more letters before a space ("degree. " ends one; "Ph.D. ", "e.g. "
 * and "B.S. " do not). Looks at most {@link #MAX} chars either way, so the work per mention stays bounded.
 */
final class Clauses {
    static final int MAX = 300;

    private Clauses() {
    }

    /** Is {@code b[i]} the end of a clause? */
    static boolean endsAt(char[] b, int n, int i) {
        char c = b[i];
        if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '|' || c == '\u2022') {
            return true;
        }
        return c == '.' && (i + 1 >= n || Character.isWhitespace(b[i + 1])) && i >= 2
                && Character.isLetter(b[i - 1]) && Character.isLetter(b[i - 2]);
    }

    /** First index of the clause holding {@code at}. */
    static int start(char[] b, int n, int at) {
        int lo = Math.max(0, at - MAX);
        for (int i = at - 1; i >= lo; i--) {
            if (endsAt(b, n, i)) {
                return i + 1;
            }
        }
        return lo;
    }

    /** Index just past the clause holding {@code at}. */
    static int end(char[] b, int n, int at) {
        int hi = Math.min(n, at + MAX);
        for (int i = at; i < hi; i++) {
            if (endsAt(b, n, i)) {
                return i;
            }
        }
        return hi;
    }
}

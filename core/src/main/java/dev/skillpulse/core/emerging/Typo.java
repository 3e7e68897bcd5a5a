package dev.skillpulse.core.emerging;

/** Whether two words are at most one typing slip apart: one letter changed, added, dropped, or two swapped. */
final class Typo {
    private Typo() {
    }

    /** {@code a} against {@code b[from, to)}, with no string made of the latter. */
    static boolean oneApart(String a, char[] b, int from, int to) {
        int na = a.length();
        int nb = to - from;
        if (na == nb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < na; i++) {
                if (a.charAt(i) != b[from + i]) {
                    if (diffs++ == 0) {
                        first = i;
                    } else if (diffs > 2) {
                        // A key is compared with every guide word of its length or one apart, and nearly all differ
                        // in three places early on: no need to read the rest.
                        return false;
                    }
                }
            }
            return diffs <= 1 || (diffs == 2 && first + 1 < na && a.charAt(first) == b[from + first + 1]
                    && a.charAt(first + 1) == b[from + first]);
        }
        if (Math.abs(na - nb) != 1) {
            return false;
        }
        int shorter = Math.min(na, nb);
        int i = 0;
        while (i < shorter && a.charAt(i) == b[from + i]) {
            i++;
        }
        // Past the first difference, the longer word without its extra letter is the shorter one.
        for (int k = i; k < shorter; k++) {
            if (na > nb ? a.charAt(k + 1) != b[from + k] : a.charAt(k) != b[from + k + 1]) {
                return false;
            }
        }
        return true;
    }
}

package dev.skillpulse.core.emerging;

import java.util.List;

/**
 * Whether a word is written the way tool, library and platform names are: camel case ({@code LangChain}), an acronym
 * ({@code VLM}, {@code LLMs}), letters with digits ({@code GPT-4}, {@code S3}), a dotted name ({@code Node.js},
 * {@code .NET}), {@code ++} or {@code #} ({@code C++}, {@code F#}), or a tool suffix on a capitalised word
 * ({@code DuckDB}, {@code GraphQL}). Words starting with a digit never are: they are quantities ("401k", "24/7",
 * "16GB", "3rd"). Checked by hand, character by character, on a stretch {@code w[from, to)} of a posting's text:
 * it runs on every token of every posting.
 */
final class ToolShape {
    private static final KeySet DOT_SUFFIXES = new KeySet(List.of("js", "ts", "net", "io", "ai", "py", "rs", "jl"));
    private static final List<String> SUFFIXES = List.of("DB", "Db", "SQL", "QL", "Flow", "Ops", "ML", "AI", "Lake",
            "Hub", "Kit");
    /** The suffixes by their last character (all ASCII): a word is compared with the one to three it may end in. */
    private static final char[][][] SUFFIXES_BY_LAST = new char[128][][];

    /** Character classes, as bits: what {@link Character} says of a character, looked up in a table for ASCII. */
    private static final int LETTER = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 4;
    private static final int DIGIT = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) classOf(c);
            char last = c;
            SUFFIXES_BY_LAST[c] = SUFFIXES.stream().filter(suffix -> suffix.charAt(suffix.length() - 1) == last)
                    .map(String::toCharArray).toArray(char[][]::new);
        }
    }

    private ToolShape() {
    }

    private static int classOf(char c) {
        return (Character.isLetter(c) ? LETTER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isDigit(c) ? DIGIT : 0);
    }

    private static int classOfChar(char c) {
        return c < 128 ? ASCII[c] : classOf(c);
    }

    static boolean of(char[] w, int from, int to) {
        int n = to - from;
        if (n < 2 || n > 30 || Character.isDigit(w[from])) {
            return false;
        }
        if ((w[to - 1] == '+' && w[to - 2] == '+') || (w[to - 1] == '#' && n <= 3)) {
            return true;
        }
        if (isLowerCaseAscii(w, from, to)) {
            // Most words of a posting are plain lower-case words, and such a word has no tool's shape: no capital
            // (camel case, acronym, suffix), no digit, no dot, no "++" or "#". One comparison a letter tells.
            return false;
        }
        int classes = 0;
        int previous = 0;
        int dot = -1;
        for (int i = from; i < to; i++) {
            if (w[i] == '.') {
                dot = i;
            }
            int c = classOfChar(w[i]);
            if ((previous & LOWER) != 0 && (c & UPPER) != 0) {
                return true;
            }
            classes |= c;
            previous = c;
        }
        return (classes & (LETTER | DIGIT)) == (LETTER | DIGIT) || isAcronym(w, from, to) || isDotted(w, from, to, dot)
                || hasToolSuffix(w, from, to);
    }

    private static boolean isLowerCaseAscii(char[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w[i] < 'a' || w[i] > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Two to six capitals and digits, starting with a capital, with at least two letters; a plural "s" allowed. */
    static boolean isAcronym(char[] w, int from, int to) {
        int end = to > from && w[to - 1] == 's' ? to - 1 : to;
        if (end - from < 2 || end - from > 6 || (classOfChar(w[from]) & UPPER) == 0) {
            return false;
        }
        int capitals = 0;
        for (int i = from; i < end; i++) {
            int c = classOfChar(w[i]);
            if ((c & UPPER) != 0) {
                capitals++;
            } else if ((c & DIGIT) == 0) {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** {@code dot}: the last "." of the word, or -1. */
    private static boolean isDotted(char[] w, int from, int to, int dot) {
        if (w[from] == '.') {
            return true;
        }
        return dot > from && DOT_SUFFIXES.containsLowerCase(w, dot + 1, to);
    }

    private static boolean hasToolSuffix(char[] w, int from, int to) {
        int n = to - from;
        // Most words end in a letter no suffix ends in; the capital is asked of the ASCII table, not of Character.
        if (n < 5 || w[to - 1] >= 128 || SUFFIXES_BY_LAST[w[to - 1]].length == 0
                || (classOfChar(w[from]) & UPPER) == 0) {
            return false;
        }
        for (char[] suffix : SUFFIXES_BY_LAST[w[to - 1]]) {
            int at = n - suffix.length;
            if (at >= 2 && endsWith(w, to, suffix) && Character.isLetter(w[from + at - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Compared from the end, where nearly every word differs from every suffix. */
    private static boolean endsWith(char[] w, int to, char[] suffix) {
        for (int i = 1; i <= suffix.length; i++) {
            if (w[to - i] != suffix[suffix.length - i]) {
                return false;
            }
        }
        return true;
    }
}

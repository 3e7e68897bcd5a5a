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
    private static final String[] SUFFIXES = {"DB", "Db", "SQL", "QL", "Flow", "Ops", "ML", "AI", "Lake", "Hub", "Kit"};

    private ToolShape() {
    }

    static boolean of(char[] w, int from, int to) {
        int n = to - from;
        if (n < 2 || n > 30 || Character.isDigit(w[from])) {
            return false;
        }
        if ((w[to - 1] == '+' && w[to - 2] == '+') || (w[to - 1] == '#' && n <= 3)) {
            return true;
        }
        boolean letters = false;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            char c = w[i];
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
            if (i + 1 < to && Character.isLowerCase(c) && Character.isUpperCase(w[i + 1])) {
                return true;
            }
        }
        return (letters && digits) || isAcronym(w, from, to) || isDotted(w, from, to) || hasToolSuffix(w, from, to);
    }

    /** Two to six capitals and digits, starting with a capital, with at least two letters; a plural "s" allowed. */
    static boolean isAcronym(char[] w, int from, int to) {
        int end = to > from && w[to - 1] == 's' ? to - 1 : to;
        if (end - from < 2 || end - from > 6 || !Character.isUpperCase(w[from])) {
            return false;
        }
        int capitals = 0;
        for (int i = from; i < end; i++) {
            char c = w[i];
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean isDotted(char[] w, int from, int to) {
        if (w[from] == '.') {
            return true;
        }
        int dot = to - 1;
        while (dot >= from && w[dot] != '.') {
            dot--;
        }
        return dot > from && DOT_SUFFIXES.containsLowerCase(w, dot + 1, to);
    }

    private static boolean hasToolSuffix(char[] w, int from, int to) {
        int n = to - from;
        if (n < 5 || !Character.isUpperCase(w[from])) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            int at = n - suffix.length();
            if (at >= 2 && KeySet.sameChars(suffix, w, to - suffix.length(), to) && Character.isLetter(w[from + at - 1])) {
                return true;
            }
        }
        return false;
    }
}

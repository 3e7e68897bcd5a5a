package dev.skillpulse.core.emerging;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is written the way tool, library and platform names are: camel case ({@code LangChain}), an acronym
 * ({@code VLM}, {@code LLMs}), letters with digits ({@code GPT-4}, {@code S3}), a dotted name ({@code Node.js},
 * {@code .NET}), {@code ++} or {@code #} ({@code C++}, {@code F#}), or a tool suffix on a capitalised word
 * ({@code DuckDB}, {@code GraphQL}). Words starting with a digit never are: they are quantities ("401k", "24/7",
 * "16GB", "3rd"). Checked by hand, character by character: it runs on every token of every posting.
 */
final class ToolShape {
    private static final Set<String> DOT_SUFFIXES = Set.of("js", "ts", "net", "io", "ai", "py", "rs", "jl");
    private static final String[] SUFFIXES = {"DB", "Db", "SQL", "QL", "Flow", "Ops", "ML", "AI", "Lake", "Hub", "Kit"};

    private ToolShape() {
    }

    static boolean of(String word) {
        int n = word.length();
        if (n < 2 || n > 30 || Character.isDigit(word.charAt(0))) {
            return false;
        }
        if (word.endsWith("++") || (word.endsWith("#") && n <= 3)) {
            return true;
        }
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
            if (i + 1 < n && Character.isLowerCase(c) && Character.isUpperCase(word.charAt(i + 1))) {
                return true;
            }
        }
        return (letters && digits) || isAcronym(word) || isDotted(word) || hasToolSuffix(word);
    }

    /** Two to six capitals and digits, starting with a capital, with at least two letters; a plural "s" allowed. */
    static boolean isAcronym(String word) {
        int n = word.endsWith("s") ? word.length() - 1 : word.length();
        if (n < 2 || n > 6 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean isDotted(String word) {
        int dot = word.lastIndexOf('.');
        return word.charAt(0) == '.' || (dot > 0 && DOT_SUFFIXES.contains(word.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static boolean hasToolSuffix(String word) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            int at = word.length() - suffix.length();
            if (word.endsWith(suffix) && at >= 2 && Character.isLetter(word.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}

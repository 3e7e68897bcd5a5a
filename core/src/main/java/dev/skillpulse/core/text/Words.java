package dev.skillpulse.core.text;

/**
 * Lower-case words of letters and digits, the normal form the fingerprint and the seniority rules compare. Both run
 * over every posting's whole description on the stream thread (the pipeline's critical path), where
 * {@code Character.toLowerCase} was a tenth of its samples: ASCII, nearly all of a posting, goes through a table;
 * anything else through {@link Character}, with the same result as before.
 */
public final class Words {
    /** For each ASCII character: its lower case if it is a letter or digit, else 0. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = c;
            ASCII[Character.toUpperCase(c)] = c;
        }
    }

    private Words() {
    }

    /** The words single-spaced, nothing before the first or after the last: "Senior ML-Engineer!" → "senior ml engineer". */
    public static String joined(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length()];
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char lower = wordChar(text.charAt(i));
            if (lower == 0) {
                gap = true;
                continue;
            }
            if (gap && n > 0) {
                out[n++] = ' ';
            }
            out[n++] = lower;
            gap = false;
        }
        return new String(out, 0, n);
    }

    /** {@code c} in lower case if it is a letter or digit, else 0: what {@link #joined} writes for it. */
    public static char wordChar(char c) {
        return c < 128 ? ASCII[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /**
     * Lower case, each run of other characters one space, at the ends too: " Senior ML-Engineer!" → " senior ml
     * engineer ", so that a phrase can be looked for with spaces around it.
     */
    public static String spaced(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower;
            if (c < 128) {
                lower = ASCII[c];
            } else {
                lower = Character.toLowerCase(c);
                lower = Character.isLetterOrDigit(lower) ? lower : 0;
            }
            if (lower != 0) {
                out[n++] = lower;
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        return new String(out, 0, n);
    }
}

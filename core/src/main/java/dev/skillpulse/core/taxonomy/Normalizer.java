package dev.skillpulse.core.taxonomy;

/**
 * The alphabet the matcher works in. Every char maps to one symbol: letters fold to lower case, whitespace,
 * hyphens, dashes and ':' all become SPACE (runs of SPACE count as one), curly apostrophes become '\''.
 * Letters and digits outside ASCII, and '_', are word chars that no surface uses, so they only mark token edges.
 */
final class Normalizer {
    static final int NONE = 0;
    static final int SPACE = 1;
    static final int PLUS = 2;
    static final int HASH = 3;
    static final int SLASH = 4;
    static final int DOT = 5;
    static final int AMP = 6;
    static final int APOS = 7;
    /** From here on symbols are word chars. */
    static final int WORD = 8;
    static final int OTHER_WORD = 8;
    static final int DIGIT0 = 9;
    static final int LETTER_A = 19;
    static final int ALPHABET = 45;

    /** Symbol of every UTF-16 unit, lone surrogates included (NONE). */
    static final byte[] SYM = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            SYM[c] = (byte) compute((char) c);
        }
    }

    private Normalizer() {
    }

    private static int compute(char c) {
        if (c >= 'a' && c <= 'z') {
            return LETTER_A + (c - 'a');
        }
        if (c >= 'A' && c <= 'Z') {
            return LETTER_A + (c - 'A');
        }
        if (c >= '0' && c <= '9') {
            return DIGIT0 + (c - '0');
        }
        switch (c) {
            case '+': return PLUS;
            case '#': return HASH;
            case '/': return SLASH;
            case '.': return DOT;
            case '&': return AMP;
            case '\'': case '\u2019': case '\u2018': case '`': case '\u00B4': return APOS;
            case '-': case ':': case '\u00A0': case '\u2010': case '\u2011': case '\u2012': case '\u2013':
            case '\u2014': case '\u2015': case '\u2212': return SPACE;
            case '_': return OTHER_WORD;
            default:
                break;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (Character.isSurrogate(c)) {
            return NONE;
        }
        return Character.isLetterOrDigit(c) ? OTHER_WORD : NONE;
    }

    static boolean isWord(int sym) {
        return sym >= WORD;
    }

    /** The char a case-sensitive comparison sees: SPACE symbols as ' ', apostrophes as '\''. */
    static char canon(char c) {
        int s = SYM[c];
        return s == SPACE ? ' ' : s == APOS ? '\'' : c;
    }

    /** Symbols of a surface or phrase: SPACE runs collapsed and trimmed, one trailing '.' dropped. */
    static byte[] symbols(String text) {
        return fold(text, true);
    }

    /** The surface as case-sensitive matching compares it: same shape as {@link #symbols}, case kept. */
    static char[] exact(String text) {
        byte[] syms = fold(text, true);
        char[] out = new char[syms.length];
        int k = 0;
        boolean lastSpace = true;
        for (int i = 0; i < text.length() && k < out.length; i++) {
            char c = text.charAt(i);
            if (SYM[c] == SPACE) {
                if (!lastSpace) {
                    out[k++] = ' ';
                }
                lastSpace = true;
            } else {
                out[k++] = canon(c);
                lastSpace = false;
            }
        }
        return out;
    }

    private static byte[] fold(String text, boolean dropTrailingDot) {
        byte[] out = new byte[text.length()];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            int s = SYM[text.charAt(i)];
            if (s == SPACE && (k == 0 || out[k - 1] == SPACE)) {
                continue;
            }
            out[k++] = (byte) s;
        }
        while (k > 0 && out[k - 1] == SPACE) {
            k--;
        }
        if (dropTrailingDot && k > 1 && out[k - 1] == DOT) {
            k--;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Why a surface (or rule phrase) cannot be matched, or null when it can. */
    static String problem(String text, boolean mustStartWithWordChar) {
        byte[] syms = fold(text, true);
        if (syms.length == 0) {
            return "empty";
        }
        if (mustStartWithWordChar && syms[0] < DIGIT0) {
            return "must start with an ASCII letter or digit";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int s = SYM[c];
            if (s == NONE || s == OTHER_WORD) {
                return "character '" + c + "' cannot be matched (use ASCII letters, digits, spaces and - + # / . & ')";
            }
        }
        return null;
    }
}

package dev.skillpulse.core.emerging;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a posting as tool names are written (letters and digits, with inner {@code .-_}, and a trailing
 * {@code ++} or {@code #}: "Node.js", "GPT-4", "C++"), with what separates it from the previous word ({@code sep}:
 * the strongest of a clause break, comma, slash, ampersand, other punctuation, or a plain space) and the nearest
 * other characters on either side ({@code prev}, {@code next}; a space when there are none), so that
 * "(VLMs)" can be recognised.
 */
record Token(String text, char sep, char prev, char next) {
    /** Separator of the first token. */
    static final char START = '\n';

    /** True when {@code sep} ends a clause, and with it any enumeration. */
    static boolean breaks(char sep) {
        return switch (sep) {
            case '\n', '\r', ';', ':', '!', '?', '.', '(', ')', '[', ']', '•', '|', '·', '*', '-', '–', '—', '"' -> true;
            default -> false;
        };
    }

    /** The tokens of a text, scanned once by hand (this runs for every posting on the stream thread). */
    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        char sep = START;
        char prev = ' ';
        while (i < n) {
            char c = text.charAt(i);
            boolean dotName = c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotName) {
                if (c == '\n' || c == '\r') {
                    sep = '\n';
                } else if (!Character.isWhitespace(c)) {
                    sep = stronger(sep, c);
                    prev = c;
                }
                i++;
                continue;
            }
            if (isAddress(text, i)) {
                // An address names no skill, and its dotted parts look like tool names ("acme.ai").
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)
                        || ((d == '.' || d == '-' || d == '_') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i + 1 < n && text.charAt(i) == '+' && text.charAt(i + 1) == '+') {
                i += 2;
            } else if (i < n && text.charAt(i) == '#' && i - start <= 2) {
                i++;
            }
            char next = ' ';
            for (int j = i; j < n; j++) {
                if (!Character.isWhitespace(text.charAt(j))) {
                    next = Character.isLetterOrDigit(text.charAt(j)) ? ' ' : text.charAt(j);
                    break;
                }
            }
            tokens.add(new Token(text.substring(start, i), sep, prev, next));
            sep = ' ';
            prev = ' ';
        }
        return tokens;
    }

    /** A URL or an e-mail address starts at {@code i}. */
    private static boolean isAddress(String text, int i) {
        if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
            return true;
        }
        for (int j = i; j < text.length() && j < i + 64; j++) {
            char c = text.charAt(j);
            if (c == '@') {
                return j > i;
            }
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static char stronger(char current, char c) {
        if (c == '\n' || c == '\r') {
            return '\n';
        }
        return rank(c) > rank(current) ? c : current;
    }

    private static int rank(char c) {
        if (breaks(c)) {
            return 5;
        }
        return switch (c) {
            case ',' -> 4;
            case '/' -> 3;
            case '&' -> 2;
            case ' ' -> 0;
            default -> 1;
        };
    }
}

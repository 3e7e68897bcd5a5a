package dev.skillpulse.core.emerging;

import dev.skillpulse.core.text.Words;
import java.util.Arrays;

/**
 * The words of a posting as tool names are written (letters and digits, with inner {@code .-_}, and a trailing
 * {@code ++} or {@code #}: "Node.js", "GPT-4", "C++"), as offsets into its text rather than strings: the extractor
 * looks at every token and keeps a few. For each token: what separates it from the previous one ({@link #sep}: the
 * strongest of a clause break, comma, slash, ampersand, other punctuation, or a plain space) and the nearest other
 * characters on either side ({@link #prev}, {@link #next}; a space when there are none), so that "(VLMs)" can be
 * recognised. One thread reuses one for posting after posting ({@link #rescan}); never shared between threads.
 */
final class Tokens {
    /** Separator of the first token. */
    static final char START = '\n';

    private char[] text;
    private int count;
    private int[] starts;
    private int[] ends;
    private char[] seps;
    private char[] prevs;
    private char[] nexts;

    private Tokens(char[] text, int capacity) {
        this.text = text;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.seps = new char[capacity];
        this.prevs = new char[capacity];
        this.nexts = new char[capacity];
    }

    /** The text the offsets point into. */
    char[] text() {
        return text;
    }

    int size() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    char sep(int i) {
        return seps[i];
    }

    char prev(int i) {
        return prevs[i];
    }

    char next(int i) {
        return nexts[i];
    }

    /**
     * The end (exclusive) of the parenthesis token {@code i} opens right after the previous word ("models (VLMs)":
     * nothing but white space and one "(" between them), when it holds at most {@code maxTokens} words with only
     * spaces between them and closes right after the last; -1 otherwise.
     */
    int attachedParenthesisEnd(int i, int maxTokens) {
        if (i == 0 || seps[i] != '(' || !onlyBetween(ends[i - 1], starts[i], '(')) {
            return -1;
        }
        for (int j = i; j < count && j < i + maxTokens; j++) {
            if (j > i && seps[j] != ' ') {
                return -1;
            }
            if (nexts[j] == ')') {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The separator of token {@code i} with the ")" that closes a parenthesis just before it left out: "(VLMs),
     * Snowflake" gives a comma, "(VLMs) and" a space.
     */
    char sepAfterParenthesis(int i) {
        char sep = ' ';
        boolean closed = false;
        for (int p = ends[i - 1]; p < starts[i]; p++) {
            char c = text[p];
            if (c == ')' && !closed) {
                closed = true;
            } else if (c == '\n' || c == '\r') {
                sep = '\n';
            } else if (!isWhitespace(c) && !isLetterOrDigit(c)) {
                sep = stronger(sep, c);
            }
        }
        return sep;
    }

    /** Between {@code from} and {@code to} there is white space and exactly one {@code c}. */
    private boolean onlyBetween(int from, int to, char c) {
        int seen = 0;
        for (int p = from; p < to; p++) {
            if (text[p] == c) {
                seen++;
            } else if (!isWhitespace(text[p])) {
                return false;
            }
        }
        return seen == 1;
    }

    /** The characters that end a clause, and with it any enumeration. */
    private static final String BREAKS = "\n\r;:!?.()[]•|·*-–—\"";
    /** {@link #BREAKS} as a table for ASCII: it is asked of every punctuation character of a posting. */
    private static final boolean[] ASCII_BREAKS = new boolean[128];

    static {
        BREAKS.chars().filter(c -> c < 128).forEach(c -> ASCII_BREAKS[c] = true);
    }

    /** True when {@code sep} ends a clause, and with it any enumeration. */
    static boolean breaks(char sep) {
        return sep < 128 ? ASCII_BREAKS[sep] : BREAKS.indexOf(sep) >= 0;
    }

    /** The tokens of {@code text[0, n)}, scanned once by hand (this runs for every posting on the stream thread). */
    static Tokens scan(char[] text, int n) {
        // About one token in six characters of prose; more grow the arrays.
        return new Tokens(text, n / 6 + 16).rescan(text, n);
    }

    /** Empty tokens of no text, to be filled by {@link #rescan} again and again. */
    static Tokens reusable() {
        return new Tokens(new char[0], 64);
    }

    /**
     * The tokens of {@code text[0, n)}, written over this one's: a thread's {@link Scan}s reuse one {@code Tokens}
     * (see {@link CandidateExtractor}), so that five arrays of about a sixth of the posting's length each are not
     * allocated for every posting. Returns this.
     */
    Tokens rescan(char[] text, int n) {
        this.text = text;
        count = 0;
        int i = 0;
        char sep = START;
        char prev = ' ';
        // The first "@" at or after i (n when none): most tokens are then known not to start an e-mail address.
        int at = -1;
        // The last white space before that "@", looked for once per "@" among the 64 characters before it (or as far
        // back as i was when it was found), rather than once per token near it: a token at i starts an address only
        // when there is none in [i, at). Below the window when there is none.
        int blankBeforeAt = -1;
        while (i < n) {
            char c = text[i];
            boolean dotName = c == '.' && i + 1 < n && Character.isLetter(text[i + 1])
                    && (i == 0 || isWhitespace(text[i - 1]));
            if (!isLetterOrDigit(c) && !dotName) {
                if (c == '\n' || c == '\r') {
                    sep = '\n';
                } else if (!isWhitespace(c)) {
                    sep = stronger(sep, c);
                    prev = c;
                }
                i++;
                continue;
            }
            if (at < i) {
                at = i;
                while (at < n && text[at] != '@') {
                    at++;
                }
                blankBeforeAt = lastBlank(text, Math.max(i, at - 64), Math.min(at, n));
            }
            if (isAddress(text, n, i, at, blankBeforeAt)) {
                // An address names no skill, and its dotted parts look like tool names ("acme.ai").
                while (i < n && !isWhitespace(text[i])) {
                    i++;
                }
                continue;
            }
            int start = i++;
            while (i < n) {
                char d = text[i];
                if (isLetterOrDigit(d)
                        || ((d == '.' || d == '-' || d == '_') && i + 1 < n && isLetterOrDigit(text[i + 1]))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i + 1 < n && text[i] == '+' && text[i + 1] == '+') {
                i += 2;
            } else if (i < n && text[i] == '#' && i - start <= 2) {
                i++;
            }
            char next = ' ';
            for (int j = i; j < n; j++) {
                if (!isWhitespace(text[j])) {
                    next = isLetterOrDigit(text[j]) ? ' ' : text[j];
                    break;
                }
            }
            add(start, i, sep, prev, next);
            sep = ' ';
            prev = ' ';
        }
        return this;
    }

    private void add(int start, int end, char sep, char prev, char next) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            seps = Arrays.copyOf(seps, capacity);
            prevs = Arrays.copyOf(prevs, capacity);
            nexts = Arrays.copyOf(nexts, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        seps[count] = sep;
        prevs[count] = prev;
        nexts[count] = next;
        count++;
    }

    /** The index of the last white space in {@code text[from, to)}, or {@code from - 1}. */
    private static int lastBlank(char[] text, int from, int to) {
        int j = to - 1;
        while (j >= from && !isWhitespace(text[j])) {
            j--;
        }
        return j;
    }

    /**
     * A URL or an e-mail address starts at {@code i}: an "@" ({@code at}, the first at or after {@code i}) within 64
     * characters and no white space before it ({@code blankBeforeAt}, the last white space before the "@" found no
     * further back than {@code i} or 64 characters).
     */
    private static boolean isAddress(char[] text, int n, int i, int at, int blankBeforeAt) {
        char c = text[i];
        if ((c == 'h' && (startsWith(text, n, i, "http://") || startsWith(text, n, i, "https://")))
                || (c == 'w' && startsWith(text, n, i, "www."))) {
            return true;
        }
        if (at >= n || at >= i + 64) {
            return false;
        }
        return blankBeforeAt < i && at > i;
    }

    /** {@link Character#isLetterOrDigit}, through {@link Words}' ASCII table for nearly every character. */
    private static boolean isLetterOrDigit(char c) {
        return Words.wordChar(c) != 0;
    }

    /** {@link Character#isWhitespace}: no printable ASCII character is. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
    }

    private static boolean startsWith(char[] text, int n, int i, String prefix) {
        return i + prefix.length() <= n && KeySet.sameChars(prefix, text, i, i + prefix.length());
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

package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.DIGIT0;
import static dev.skillpulse.core.taxonomy.Normalizer.SYM;

/**
 * Tells whether a position lies inside an e-mail address or URL, where no term counts. Remembers the last
 * whitespace-delimited chunk it looked at, so each chunk is examined once per text. Mutable: one per {@link Scratch}.
 */
final class LinkSpans {
    /** {@link #computeChunkEdge} for ASCII, looked up. */
    private static final boolean[] ASCII_CHUNK_EDGE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CHUNK_EDGE[c] = computeChunkEdge(c);
        }
    }

    private int linkFrom = -1;
    private int linkTo = -1;
    private boolean link;

    /** Forgets the last chunk: call before each text. */
    void reset() {
        linkFrom = -1;
        linkTo = -1;
    }

    /** Is position {@code at} inside an e-mail address or URL? */
    boolean inLink(char[] b, int n, int at) {
        if (at >= linkFrom && at < linkTo) {
            return link;
        }
        // Every link has '@', ':' or '.' in it: only chunks with one of them are looked at closer.
        boolean mark = false;
        int from = at;
        while (from > 0 && !isChunkEdge(b[from - 1])) {
            from--;
            mark |= isLinkMark(b[from]);
        }
        int to = at;
        while (to < n && !isChunkEdge(b[to])) {
            mark |= isLinkMark(b[to]);
            to++;
        }
        linkFrom = from;
        linkTo = to;
        link = mark && looksLikeLink(b, from, to);
        return link;
    }

    private static boolean isChunkEdge(char c) {
        return c < 128 ? ASCII_CHUNK_EDGE[c] : computeChunkEdge(c);
    }

    private static boolean isLinkMark(char c) {
        return c == '@' || c == ':' || c == '.';
    }

    private static boolean computeChunkEdge(char c) {
        return c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '[' || c == ']'
                || c == ',' || c == ';' || c == '\u00A0' || Character.isWhitespace(c);
    }

    private static boolean looksLikeLink(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c == '@') {
                return i > from && i + 1 < to;
            }
            if (c == ':' && i + 2 < to && b[i + 1] == '/' && b[i + 2] == '/') {
                return true;
            }
            if (c == '.' && i + 1 < to && (lowerAt(b, i + 1, to, "com") || lowerAt(b, i + 1, to, "org")
                    || lowerAt(b, i + 1, to, "edu") || lowerAt(b, i + 1, to, "gov") || lowerAt(b, i + 1, to, "html"))) {
                return true;
            }
        }
        return to - from > 4 && lowerAt(b, from, to, "www.");
    }

    private static boolean lowerAt(char[] b, int at, int to, String s) {
        if (at + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if ((b[at + k] | 0x20) != s.charAt(k)) {
                return false;
            }
        }
        return s.endsWith(".") || at + s.length() == to || SYM[b[at + s.length()]] < DIGIT0;
    }
}

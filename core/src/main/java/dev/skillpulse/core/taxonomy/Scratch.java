package dev.skillpulse.core.taxonomy;

import java.util.Arrays;

/**
 * Per-thread working memory of the extractor, reused from text to text: the cleaned text, the mentions found (as
 * parallel arrays, in start order) with their state, and the context words seen.
 */
final class Scratch {
    static final byte ACCEPTED = 1;
    static final byte PENDING = 2;
    static final byte REJECTED = 3;
    /** Decided by an end-of-text pass; made final by {@link #settle} so that the pass's order does not matter. */
    static final byte ACCEPTED_LATE = 4;
    static final byte REJECTED_LATE = 5;
    private static final int MAX_RETAINED_BUFFER = 1 << 22;

    char[] buf = new char[8192];
    int[] term = new int[64];
    int[] form = new int[64];
    int[] start = new int[64];
    int[] end = new int[64];
    byte[] state = new byte[64];
    int count;
    int pending;
    int[] ctxWord = new int[64];
    int[] ctxPos = new int[64];
    int[] ctxEnd = new int[64];
    int ctxCount;
    /** Where the last {@link #firstContextAtOrAfter} search ended: windows mostly move forward. */
    private int ctxHint;
    int[] seen = new int[0];
    String[] foundIds = new String[64];
    int stamp;
    final LinkSpans links = new LinkSpans();

    char[] buffer(int n) {
        if (buf.length < n) {
            buf = new char[Math.max(n, buf.length * 2)];
        }
        return buf;
    }

    String[] found(int n) {
        if (foundIds.length < n) {
            foundIds = new String[Math.max(n, foundIds.length * 2)];
        }
        return foundIds;
    }

    void reset() {
        count = 0;
        pending = 0;
        ctxCount = 0;
        ctxHint = 0;
        links.reset();
    }

    /** Drops arrays a huge text grew, so one 10 MB posting does not pin them for the thread's life. */
    void release() {
        if (buf.length > MAX_RETAINED_BUFFER) {
            buf = new char[8192];
        }
        if (term.length > 1 << 16) {
            term = new int[64];
            form = new int[64];
            start = new int[64];
            end = new int[64];
            state = new byte[64];
        }
        if (ctxPos.length > 1 << 16) {
            ctxWord = new int[64];
            ctxPos = new int[64];
            ctxEnd = new int[64];
        }
    }

    void add(int t, int f, int s, int e, boolean deferred) {
        if (count == term.length) {
            int cap = count * 2;
            term = Arrays.copyOf(term, cap);
            form = Arrays.copyOf(form, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            state = Arrays.copyOf(state, cap);
        }
        term[count] = t;
        form[count] = f;
        start[count] = s;
        end[count] = e;
        state[count] = deferred ? PENDING : ACCEPTED;
        count++;
        if (deferred) {
            pending++;
        }
    }

    /** Turns the late decisions of an end-of-text pass into final ones. */
    void settle() {
        for (int m = 0; m < count; m++) {
            if (state[m] == ACCEPTED_LATE) {
                state[m] = ACCEPTED;
            } else if (state[m] == REJECTED_LATE) {
                state[m] = REJECTED;
            }
        }
    }

    /** Index of the first context word occurrence at or after {@code pos} (or {@link #ctxCount}). */
    int firstContextAtOrAfter(int pos) {
        int c = ctxHint;
        while (c > 0 && ctxPos[c - 1] >= pos) {
            c--;
        }
        while (c < ctxCount && ctxPos[c] < pos) {
            c++;
        }
        ctxHint = c;
        return c;
    }

    void addContext(int word, int s, int e) {
        if (ctxCount == ctxPos.length) {
            int cap = ctxCount * 2;
            ctxWord = Arrays.copyOf(ctxWord, cap);
            ctxPos = Arrays.copyOf(ctxPos, cap);
            ctxEnd = Arrays.copyOf(ctxEnd, cap);
        }
        ctxWord[ctxCount] = word;
        ctxPos[ctxCount] = s;
        ctxEnd[ctxCount] = e;
        ctxCount++;
    }
}

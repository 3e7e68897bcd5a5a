package dev.skillpulse.core.bench.baseline;

import dev.skillpulse.core.text.Words;
import java.util.Arrays;

/**
 * A reusable buffer for the words and phrases the extractor puts together from a posting's tokens (a phrase's
 * normal form, a counting key, an enumeration item), so that they can be looked up in a {@link KeySet} without a
 * string. Made for one posting and never shared.
 */
final class Chars {
    private char[] chars = new char[64];
    private int length;

    char[] array() {
        return chars;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /** Keeps the first {@code length} characters. */
    void truncate(int length) {
        this.length = Math.min(this.length, length);
    }

    void add(char c) {
        room(1);
        chars[length++] = c;
    }

    /** Adds {@code src[from, to)} as it is. */
    void add(char[] src, int from, int to) {
        room(to - from);
        System.arraycopy(src, from, chars, length, to - from);
        length += to - from;
    }

    /**
     * Adds the words of {@code src[from, to)} as {@link Words#joined} writes them (lower case, single-spaced), after a
     * space when the buffer is not empty: so adding the tokens of a phrase one by one gives {@code Words.joined} of
     * the phrase written with spaces.
     */
    void addWords(char[] src, int from, int to) {
        room(to - from + 1);
        boolean gap = true;
        for (int i = from; i < to; i++) {
            char lower = Words.wordChar(src[i]);
            if (lower == 0) {
                gap = true;
                continue;
            }
            if (gap && length > 0) {
                chars[length++] = ' ';
            }
            chars[length++] = lower;
            gap = false;
        }
    }

    /** Index of the last {@code c}, or -1. */
    int lastIndexOf(char c) {
        for (int i = length - 1; i >= 0; i--) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when the buffer holds exactly {@code s}. */
    boolean is(String s) {
        return KeySet.sameChars(s, chars, 0, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }
}

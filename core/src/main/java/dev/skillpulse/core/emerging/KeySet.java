package dev.skillpulse.core.emerging;

import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of strings that can be asked about a stretch of a {@code char[]} without making a string of it: the
 * extractor looks up every token and many short phrases of a posting, and keeps a handful, so a look-up must not
 * allocate. Open addressing with linear probing in a power-of-two table at most half full; a stretch is hashed as
 * {@link String#hashCode} would hash it, so a member's hash is the one its string caches. Immutable; threads may
 * share it.
 */
final class KeySet {
    private final String[] slots;
    private final int mask;

    KeySet(Collection<String> keys) {
        // At most half full, so that a miss ends at an empty slot after a probe or two.
        int capacity = Integer.highestOneBit(Math.max(1, keys.size()) * 2) * 2;
        this.slots = new String[capacity];
        this.mask = capacity - 1;
        for (String key : keys) {
            int slot = slot(key.hashCode());
            while (slots[slot] != null && !slots[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = key;
        }
    }

    boolean contains(String key) {
        int h = key.hashCode();
        for (int slot = slot(h); slots[slot] != null; slot = (slot + 1) & mask) {
            if (slots[slot].hashCode() == h && slots[slot].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code chars[from, to)} is a member. */
    boolean contains(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        for (int slot = slot(h); slots[slot] != null; slot = (slot + 1) & mask) {
            String key = slots[slot];
            if (key.hashCode() == h && sameChars(key, chars, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code chars[from, to)} lower-cased as {@code String.toLowerCase(Locale.ROOT)} would is a member.
     * ASCII, nearly every word of a posting, is lower-cased here; a stretch with any other character takes the
     * string's own rules (where a character may change length or read its neighbours), at the cost of a string.
     */
    boolean containsLowerCase(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 128) {
                return contains(new String(chars, from, to - from).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + asciiLower(c);
        }
        for (int slot = slot(h); slots[slot] != null; slot = (slot + 1) & mask) {
            String key = slots[slot];
            if (key.hashCode() == h && sameLowerCase(key, chars, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} has exactly the characters of {@code chars[from, to)}. */
    static boolean sameChars(String s, char[] chars, int from, int to) {
        return s.length() == to - from && startsWith(s, chars, from, to);
    }

    /** True when {@code s} begins with the characters of {@code chars[from, to)}. */
    static boolean startsWith(String s, char[] chars, int from, int to) {
        if (s.length() < to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i - from) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLowerCase(String s, char[] chars, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i - from) != asciiLower(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}

package dev.skillpulse.core.emerging;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of strings that can be asked about a stretch of a {@code char[]} without making a string of it: the
 * extractor looks up every token and many short phrases of a posting, and keeps a handful, so a look-up must not
 * allocate. Open addressing with linear probing in a power-of-two table at most half full; a stretch is hashed as
 * {@link String#hashCode} would hash it, so a member's hash is the one its string caches. Immutable; threads may
 * share it.
 */
final class KeySet {
    /** Members' characters by slot (null: empty), and their hashes, side by side for a probe's few memory reads. */
    private final char[][] keys;
    private final int[] hashes;
    private final int mask;
    /**
     * Bit n set when a member is n characters long (bit 63: 63 or more): most words of a posting are turned away by
     * their length alone, before any hashing.
     */
    private final long lengths;
    /** Bit {@code c & 63} set when a member starts with {@code c}: the next cheapest way to turn a word away. */
    private final long firsts;
    /**
     * By length (63: 63 or more), bit {@code c & 63} set when a member of that length starts, or ends, with {@code c}.
     * Sharper than {@link #lengths} and {@link #firsts} apart: the small sets asked of nearly every token ("and",
     * "or", "is", "with", ...) have members of common lengths with common first letters, but few of one length with
     * one first and one last letter, so most words are still turned away before any hashing (profiling showed the
     * hashing and probing of such words as the extractor's largest cost after tokenising).
     */
    private final long[] firstsByLength = new long[64];
    private final long[] lastsByLength = new long[64];
    /**
     * All members are ASCII. Then a text lower-cases to a member only if it lower-cases to ASCII, and no character
     * lower-cases to ASCII of another length (KeySetTest checks every one), so its length alone can rule it out.
     */
    private final boolean asciiMembers;

    KeySet(Collection<String> members) {
        // At most half full, so that a miss ends at an empty slot after a probe or two.
        int capacity = Integer.highestOneBit(Math.max(1, members.size()) * 2) * 2;
        this.keys = new char[capacity][];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        long lengthBits = 0;
        long firstBits = 0;
        boolean ascii = true;
        for (String member : Set.copyOf(members)) {
            int slot = slot(member.hashCode());
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = member.toCharArray();
            hashes[slot] = member.hashCode();
            lengthBits |= lengthBit(member.length());
            firstBits |= member.isEmpty() ? 0 : firstBit(member.charAt(0));
            if (!member.isEmpty()) {
                firstsByLength[lengthIndex(member.length())] |= firstBit(member.charAt(0));
                lastsByLength[lengthIndex(member.length())] |= firstBit(member.charAt(member.length() - 1));
            }
            ascii &= member.chars().allMatch(c -> c < 128);
        }
        this.lengths = lengthBits;
        this.firsts = firstBits;
        this.asciiMembers = ascii;
    }

    boolean contains(String key) {
        char[] chars = key.toCharArray();
        return contains(chars, 0, chars.length);
    }

    /** True when {@code chars[from, to)} is a member. */
    boolean contains(char[] chars, int from, int to) {
        if ((lengths & lengthBit(to - from)) == 0 || (to > from && (firsts & firstBit(chars[from])) == 0)) {
            return false;
        }
        if (to > from && ((firstsByLength[lengthIndex(to - from)] & firstBit(chars[from])) == 0
                || (lastsByLength[lengthIndex(to - from)] & firstBit(chars[to - 1])) == 0)) {
            return false;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        for (int slot = slot(h); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && same(keys[slot], chars, from, to, false)) {
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
        if ((lengths & lengthBit(to - from)) == 0 && (asciiMembers || isAscii(chars, from, to))) {
            return false;
        }
        if (to > from && chars[from] < 128 && (firsts & firstBit(asciiLower(chars[from]))) == 0) {
            return false;
        }
        // With ASCII members, a stretch that lower-cases to one keeps its length (see asciiMembers), and an ASCII
        // character at either end lower-cases in place: its first and last letters must be those of a member that
        // long. (Other characters at the ends, like the Kelvin sign that lower-cases to "k", are not judged here.)
        if (asciiMembers && to > from) {
            int length = lengthIndex(to - from);
            if ((chars[from] < 128 && (firstsByLength[length] & firstBit(asciiLower(chars[from]))) == 0)
                    || (chars[to - 1] < 128 && (lastsByLength[length] & firstBit(asciiLower(chars[to - 1]))) == 0)) {
                return false;
            }
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 128) {
                return contains(new String(chars, from, to - from).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + asciiLower(c);
        }
        for (int slot = slot(h); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && same(keys[slot], chars, from, to, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(char[] key, char[] chars, int from, int to, boolean lowerCase) {
        if (key.length != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key[i - from] != (lowerCase ? asciiLower(chars[i]) : chars[i])) {
                return false;
            }
        }
        return true;
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

    private static long firstBit(char c) {
        return 1L << (c & 63);
    }

    private static long lengthBit(int length) {
        return 1L << lengthIndex(length);
    }

    private static int lengthIndex(int length) {
        return Math.min(length, 63);
    }

    private static boolean isAscii(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 128) {
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

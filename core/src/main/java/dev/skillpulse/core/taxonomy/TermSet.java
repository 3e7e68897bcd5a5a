package dev.skillpulse.core.taxonomy;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The unmodifiable, ordered set {@link MentionExtractor#termIds} returns: distinct term ids in order of first mention,
 * backed by one array (a posting names a few dozen terms at most, so {@code contains} scans it). Equality and hash
 * code follow {@link java.util.Set}.
 */
final class TermSet extends AbstractSet<String> {
    private final String[] ids;

    /** {@code ids} must be distinct; the array is taken over, not copied. */
    TermSet(String[] ids) {
        this.ids = ids;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean contains(Object o) {
        for (String id : ids) {
            if (id.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object[] toArray() {
        return ids.clone();
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public String next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}

package dev.skillpulse.core.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the matcher's trie and lays it out as a dense table, breadth first so the hot top levels sit together. */
final class TrieBuilder {
    private static final class Node {
        final Node[] children = new Node[Normalizer.ALPHABET];
        final List<Integer> forms = new ArrayList<>();
        int context = -1;
        int id;
    }

    /**
     * The trie as a double array, small enough to stay in the first-level cache (about 8 bytes per state). A state
     * is an even index {@code S} into {@code da} (twice its slot; the root is 0): {@code da[S]} holds twice the base
     * of its children, plus 1 when the state is terminal (accepts a form or a context word); {@code da[S + 1]} holds
     * the parent state, or -1 for a free slot. The transition on symbol {@code c} goes to {@code T = (da[S] & ~1) +
     * 2 * c} if {@code da[T + 1] == S}; {@code da} is long enough that {@code T + 1} is always in range.
     * {@code accepts} and {@code context} are indexed by slot ({@code S / 2}).
     */
    record Tables(int[] da, int[][] accepts, int[] context) {
    }

    private final Node root = new Node();
    private int size = 1;

    void addForm(byte[] symbols, int form) {
        node(symbols).forms.add(form);
    }

    void addContext(byte[] symbols, int word) {
        node(symbols).context = word;
    }

    private Node node(byte[] symbols) {
        Node n = root;
        for (byte s : symbols) {
            Node c = n.children[s];
            if (c == null) {
                c = new Node();
                n.children[s] = c;
                size++;
            }
            n = c;
        }
        return n;
    }

    /** Packs the trie breadth first: each node's children go to the first base whose slots are all free. */
    Tables build() {
        final int alphabet = Normalizer.ALPHABET;
        // No base exceeds size * alphabet: each used slot rules out at most `alphabet` bases.
        boolean[] used = new boolean[(size + 2) * alphabet];
        int[] base = new int[used.length];
        used[0] = true;
        root.id = 0;
        int firstFree = 1;
        int top = 0;
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            int min = -1;
            for (int c = 0; c < alphabet && min < 0; c++) {
                if (n.children[c] != null) {
                    min = c;
                }
            }
            if (min < 0) {
                continue;
            }
            while (used[firstFree]) {
                firstFree++;
            }
            int b = Math.max(1, firstFree - min);
            while (b + alphabet < used.length && !fits(n, b, used)) {
                b++;
            }
            if (b + alphabet >= used.length || b + alphabet >= Integer.MAX_VALUE / 4) {
                throw new TaxonomyException("taxonomy too large for the matcher: " + size + " trie states");
            }
            base[n.id] = b;
            for (int c = 0; c < alphabet; c++) {
                Node child = n.children[c];
                if (child != null) {
                    child.id = b + c;
                    used[b + c] = true;
                    top = Math.max(top, b + c);
                    queue.add(child);
                }
            }
        }
        int slots = top + 1 + alphabet;
        int[] da = new int[2 * slots];
        for (int t = 0; t < slots; t++) {
            da[2 * t + 1] = -1;
        }
        int[][] accepts = new int[slots][];
        int[] context = new int[slots];
        Arrays.fill(context, -1);
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            boolean terminal = !n.forms.isEmpty() || n.context >= 0;
            da[2 * n.id] = 2 * base[n.id] | (terminal ? 1 : 0);
            if (!n.forms.isEmpty()) {
                accepts[n.id] = n.forms.stream().mapToInt(Integer::intValue).toArray();
            }
            context[n.id] = n.context;
            for (int c = 0; c < alphabet; c++) {
                Node child = n.children[c];
                if (child != null) {
                    da[2 * child.id + 1] = 2 * n.id;
                    queue.add(child);
                }
            }
        }
        return new Tables(da, accepts, context);
    }

    private static boolean fits(Node n, int b, boolean[] used) {
        for (int c = 0; c < Normalizer.ALPHABET; c++) {
            if (n.children[c] != null && used[b + c]) {
                return false;
            }
        }
        return true;
    }
}

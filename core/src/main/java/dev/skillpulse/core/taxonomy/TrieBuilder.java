package dev.skillpulse.core.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the matcher's trie and packs it, breadth first, into a compact double array ({@link Tables}). */
final class TrieBuilder {
    private static final class Node {
        final Node[] children = new Node[Normalizer.ALPHABET];
        final List<Integer> forms = new ArrayList<>();
        int context = -1;
        int id;
        int base;
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
        // Grown on demand; no base exceeds size * alphabet, as each used slot rules out at most `alphabet` bases.
        boolean[] used = new boolean[2 * size + 2 * alphabet];
        int[] nextFree = freeLinks(used.length, 0); // nextFree chains lead to the first free slot at or after
        used[0] = true;
        nextFree[0] = 1;
        root.id = 0;
        int firstFree = 1;
        int top = 0;
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            int[] syms = childSymbols(n);
            if (syms.length == 0) {
                continue;
            }
            firstFree = free(nextFree, firstFree);
            // Try only bases that put the first child on a free slot.
            int f = firstFree;
            int b = f - syms[0];
            while (true) {
                if (b + alphabet >= used.length) {
                    if ((long) used.length * 2 > Integer.MAX_VALUE / 4) {
                        throw new TaxonomyException("taxonomy too large for the matcher: " + size + " trie states");
                    }
                    int old = used.length;
                    used = Arrays.copyOf(used, old * 2);
                    int[] grown = freeLinks(old * 2, old);
                    System.arraycopy(nextFree, 0, grown, 0, old);
                    nextFree = grown;
                }
                if (b >= 1 && fits(syms, b, used)) {
                    break;
                }
                f = free(nextFree, f + 1);
                b = f - syms[0];
            }
            n.base = b;
            for (int c = 0; c < alphabet; c++) {
                Node child = n.children[c];
                if (child != null) {
                    child.id = b + c;
                    used[b + c] = true;
                    nextFree[b + c] = b + c + 1;
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
            da[2 * n.id] = 2 * n.base | (terminal ? 1 : 0);
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

    private static int[] freeLinks(int length, int from) {
        int[] links = new int[length];
        for (int i = from; i < length; i++) {
            links[i] = i;
        }
        return links;
    }

    /** The first free slot at or after {@code x}, compressing the path it follows. */
    private static int free(int[] links, int x) {
        int root = x;
        while (links[root] != root) {
            root = links[root];
        }
        while (links[x] != root) {
            int up = links[x];
            links[x] = root;
            x = up;
        }
        return root;
    }

    private static int[] childSymbols(Node n) {
        int count = 0;
        for (Node c : n.children) {
            count += c == null ? 0 : 1;
        }
        int[] syms = new int[count];
        for (int c = 0, k = 0; c < n.children.length; c++) {
            if (n.children[c] != null) {
                syms[k++] = c;
            }
        }
        return syms;
    }

    private static boolean fits(int[] syms, int b, boolean[] used) {
        for (int c : syms) {
            if (used[b + c]) {
                return false;
            }
        }
        return true;
    }
}

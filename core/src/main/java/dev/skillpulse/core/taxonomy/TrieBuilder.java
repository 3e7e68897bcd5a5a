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

    record Tables(char[] next, int[][] accepts, int[] context) {
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

    Tables build() {
        if (size > Character.MAX_VALUE) {
            throw new TaxonomyException("taxonomy too large for the matcher: " + size + " trie states");
        }
        List<Node> order = new ArrayList<>(size);
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            n.id = order.size();
            order.add(n);
            for (Node c : n.children) {
                if (c != null) {
                    queue.add(c);
                }
            }
        }
        char[] next = new char[order.size() * Normalizer.ALPHABET];
        int[][] accepts = new int[order.size()][];
        int[] context = new int[order.size()];
        Arrays.fill(context, -1);
        for (Node n : order) {
            for (int s = 0; s < Normalizer.ALPHABET; s++) {
                if (n.children[s] != null) {
                    next[n.id * Normalizer.ALPHABET + s] = (char) n.children[s].id;
                }
            }
            if (!n.forms.isEmpty()) {
                accepts[n.id] = n.forms.stream().mapToInt(Integer::intValue).toArray();
            }
            context[n.id] = n.context;
        }
        return new Tables(next, accepts, context);
    }
}

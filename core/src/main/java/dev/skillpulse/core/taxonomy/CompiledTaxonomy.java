package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A taxonomy compiled for matching: its surfaces as {@link Form}s, one trie (a double array over folded symbols,
 * {@link TrieBuilder}) over the surfaces and the context words their rules name, and a bit set over the first token
 * of each. Immutable.
 */
final class CompiledTaxonomy {
    private static final int FIRST_TOKEN_LOG2 = 16;
    private static final int FIRST_TOKEN_BITS = 1 << FIRST_TOKEN_LOG2;

    final String[] termIds;
    final Form[] forms;
    /** The trie as a double array: states are even indexes, the root is 0; see {@link TrieBuilder.Tables}. */
    final int[] da;
    /** Forms accepted at each state (by slot = state / 2), or null. */
    final int[][] accepts;
    /** Context word id recognised at each state (by slot), or -1. */
    final int[] contextAt;
    /** Per context word: does it end in a word char (then it must not run on into one, or into '+' or '#')? */
    final boolean[] contextEndsInWordChar;
    /**
     * Bloom-style bit set over a key of the first token of every surface and context word: its length, first three
     * and last symbols ({@link #tokenBit}). Computing it needs no loop-carried arithmetic over the token's chars.
     */
    final long[] firstTokens = new long[FIRST_TOKEN_BITS / 64];

    CompiledTaxonomy(Taxonomy taxonomy) {
        List<Term> terms = new ArrayList<>(taxonomy.terms());
        termIds = terms.stream().map(Term::id).toArray(String[]::new);
        Map<String, Integer> termIndex = new HashMap<>();
        for (int i = 0; i < termIds.length; i++) {
            termIndex.put(termIds[i], i);
        }
        Map<String, Integer> wordIds = new HashMap<>();
        List<byte[]> words = new ArrayList<>();
        for (Term t : terms) {
            for (Surface s : t.forms()) {
                if (s.requires() != null) {
                    for (String w : s.requires().words()) {
                        byte[] syms = Normalizer.symbols(w);
                        if (wordIds.putIfAbsent(key(syms), words.size()) == null) {
                            words.add(syms);
                        }
                    }
                }
            }
        }
        TrieBuilder trie = new TrieBuilder();
        List<Form> compiled = new ArrayList<>();
        for (int ti = 0; ti < terms.size(); ti++) {
            for (Surface s : terms.get(ti).forms()) {
                boolean[] reqTerms = null;
                boolean[] reqWords = null;
                if (s.requires() != null) {
                    reqTerms = new boolean[termIds.length];
                    for (String id : s.requires().terms()) {
                        Integer idx = termIndex.get(id);
                        if (idx == null) {
                            throw new TaxonomyException("surface '" + s.text() + "' requires unknown term '" + id + "'");
                        }
                        reqTerms[idx] = true;
                    }
                    reqWords = new boolean[words.size()];
                    for (String w : s.requires().words()) {
                        reqWords[wordIds.get(key(Normalizer.symbols(w)))] = true;
                    }
                }
                trie.addForm(Normalizer.symbols(s.text()), compiled.size());
                compiled.add(new Form(ti, s, reqTerms, reqWords));
            }
        }
        contextEndsInWordChar = new boolean[words.size()];
        for (int w = 0; w < words.size(); w++) {
            trie.addContext(words.get(w), w);
            byte[] syms = words.get(w);
            contextEndsInWordChar[w] = syms[syms.length - 1] >= WORD;
        }
        for (Term t : terms) {
            for (Surface sf : t.forms()) {
                markFirstToken(Normalizer.symbols(sf.text()));
            }
        }
        for (byte[] w : words) {
            markFirstToken(w);
        }
        forms = compiled.toArray(Form[]::new);
        TrieBuilder.Tables tables = trie.build();
        da = tables.da();
        accepts = tables.accepts();
        contextAt = tables.context();
    }

    private void markFirstToken(byte[] syms) {
        int len = 1;
        while (len < syms.length && syms[len] >= WORD) {
            len++;
        }
        int bit = tokenBit(syms[0], len > 1 ? syms[1] : 0, len > 2 ? syms[2] : 0, syms[len - 1], len);
        firstTokens[bit >>> 6] |= 1L << bit;
    }

    /** The bit of a token of {@code len} word symbols starting {@code s0 s1 s2} and ending {@code last}. */
    static int tokenBit(int s0, int s1, int s2, int last, int len) {
        int h = s0 | s1 << 6 | s2 << 12 | last << 18 | Math.min(len, 63) << 24;
        return (h * 0x9E3779B1) >>> (32 - FIRST_TOKEN_LOG2); // the well-mixed top bits
    }

    private static String key(byte[] syms) {
        return new String(syms, StandardCharsets.ISO_8859_1);
    }
}

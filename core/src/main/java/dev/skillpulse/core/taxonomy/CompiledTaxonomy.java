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

    /** By term index: does a mention of the term open a degree phrase ("BS in", "Master's")? */
    final boolean[] degreeTerms;
    /** Degree phrase words: see {@link DegreePhrases}. */
    final PhraseSet opening;
    final PhraseSet closing;
    final PhraseSet linking;

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
                for (Surface.Corroboration c : new Surface.Corroboration[] {s.requires(), s.unless()}) {
                    for (String w : c == null ? List.<String>of() : c.words()) {
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
                Form.Nearby requires = nearby(s.requires(), s, termIndex, wordIds, words.size());
                Form.Nearby unless = nearby(s.unless(), s, termIndex, wordIds, words.size());
                trie.addForm(Normalizer.symbols(s.text()), compiled.size());
                compiled.add(new Form(ti, s, requires, unless));
            }
        }
        DegreePhrases dp = taxonomy.degreePhrases();
        degreeTerms = new boolean[termIds.length];
        for (String id : dp.degreeTerms()) {
            degreeTerms[index(termIndex, id, "degreePhrases")] = true;
        }
        opening = new PhraseSet(dp.opening());
        closing = new PhraseSet(dp.closing());
        linking = new PhraseSet(dp.linking());
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

    private Form.Nearby nearby(Surface.Corroboration c, Surface s, Map<String, Integer> termIndex,
            Map<String, Integer> wordIds, int wordCount) {
        if (c == null) {
            return null;
        }
        boolean[] t = new boolean[termIds.length];
        for (String id : c.terms()) {
            t[index(termIndex, id, "surface '" + s.text() + "'")] = true;
        }
        boolean[] w = new boolean[wordCount];
        for (String word : c.words()) {
            w[wordIds.get(key(Normalizer.symbols(word)))] = true;
        }
        return new Form.Nearby(t, w, c.window(), c.sentence());
    }

    private static int index(Map<String, Integer> termIndex, String id, String where) {
        Integer idx = termIndex.get(id);
        if (idx == null) {
            throw new TaxonomyException(where + " names unknown term '" + id + "'");
        }
        return idx;
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

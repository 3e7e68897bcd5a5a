package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

/** A surface compiled for matching: its term (by index), its case form and its rules as symbol arrays. */
final class Form {
    final int term;
    final boolean caseSensitive;
    final char[] exact;
    final boolean endsInWordChar;
    final byte[][] notFollowedBy;
    final byte[][] notPrecededBy;
    final boolean notAfterNumber;
    /** Decided at the end of the text ({@link Corroborator}) rather than when matched. */
    final boolean deferred;
    /** By term index: a mention of which corroborates this surface; null when none is needed. */
    final boolean[] requiredTerms;
    /** By context word id: which corroborates this surface; null when none is needed. */
    final boolean[] requiredWords;
    final int window;

    Form(int term, Surface s, boolean[] requiredTerms, boolean[] requiredWords) {
        this.term = term;
        this.caseSensitive = s.caseSensitive();
        this.exact = Normalizer.exact(s.text());
        byte[] syms = Normalizer.symbols(s.text());
        this.endsInWordChar = syms[syms.length - 1] >= WORD;
        this.notFollowedBy = s.notFollowedBy().stream().map(Normalizer::symbols).toArray(byte[][]::new);
        this.notPrecededBy = s.notPrecededBy().stream().map(Normalizer::symbols).toArray(byte[][]::new);
        this.notAfterNumber = s.notAfterNumber();
        this.deferred = s.requires() != null;
        this.requiredTerms = requiredTerms;
        this.requiredWords = requiredWords;
        this.window = s.requires() == null ? 0 : s.requires().window();
    }
}

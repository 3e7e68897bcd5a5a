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
    /** Decided at the end of the text ({@link Corroborator}, {@link DegreePhraseScope}) rather than when matched. */
    final boolean deferred;
    /** The corroboration the match needs, or null. */
    final Nearby requires;
    /** What vetoes the match when nearby, or null. */
    final Nearby unless;
    final Surface.DegreePhrase degreePhrase;

    /** Terms (by index) and context words (by id) looked for within {@code window} chars, or in the sentence. */
    record Nearby(boolean[] terms, boolean[] words, int window, boolean sentence) {
    }

    Form(int term, Surface s, Nearby requires, Nearby unless) {
        this.term = term;
        this.caseSensitive = s.caseSensitive();
        this.exact = Normalizer.exact(s.text());
        byte[] syms = Normalizer.symbols(s.text());
        this.endsInWordChar = syms[syms.length - 1] >= WORD;
        this.notFollowedBy = s.notFollowedBy().stream().map(Normalizer::symbols).toArray(byte[][]::new);
        this.notPrecededBy = s.notPrecededBy().stream().map(Normalizer::symbols).toArray(byte[][]::new);
        this.notAfterNumber = s.notAfterNumber();
        this.requires = requires;
        this.unless = unless;
        this.degreePhrase = s.degreePhrase();
        this.deferred = requires != null || unless != null || degreePhrase != Surface.DegreePhrase.ANY;
    }
}

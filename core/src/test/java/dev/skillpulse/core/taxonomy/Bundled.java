package dev.skillpulse.core.taxonomy;

import java.util.Set;

/** The bundled taxonomy's extractor, shared by the behaviour tests that read it. */
final class Bundled {
    private static final MentionExtractor X = new MentionExtractor(Taxonomy.bundled());

    private Bundled() {
    }

    /** The term ids the bundled extractor finds in {@code text}. */
    static Set<String> ids(String text) {
        return X.termIds(text);
    }
}

package dev.skillpulse.core.taxonomy;

import dev.skillpulse.core.text.HtmlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds taxonomy terms in posting text.
 *
 * <p>How: the text is copied into a per-thread buffer ({@link Scratch}), cleaned of markup on the way
 * ({@link HtmlText}). {@link TrieScanner} then walks it once against the {@link CompiledTaxonomy}, checking each
 * candidate with {@link SurfaceRules}; surfaces that need corroboration are kept pending and decided at the end of
 * the text by {@link Corroborator} (nearby terms and words) and then {@link DegreePhraseScope} (degree fields
 * only inside degree phrases). Tokens inside e-mail addresses and URLs never match ({@link LinkSpans}).
 *
 * <p>Offsets of {@link Mention}s refer to the cleaned text ({@link #cleanText}); for text without {@code <} or
 * {@code &} that is the input itself. Instances are immutable and thread-safe.
 */
public final class MentionExtractor {
    private final Taxonomy taxonomy;
    private final CompiledTaxonomy tx;
    private final TrieScanner scanner;
    private final Corroborator corroborator;
    private final DegreePhraseScope degreePhrases;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public MentionExtractor(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.tx = new CompiledTaxonomy(taxonomy);
        this.scanner = new TrieScanner(tx);
        this.corroborator = new Corroborator(tx);
        this.degreePhrases = new DegreePhraseScope(tx);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Every mention, in text order; offsets refer to {@link #cleanText}. A term may appear more than once. */
    public List<Mention> extract(String text) {
        return extract(text, true);
    }

    private List<Mention> extract(String text, boolean clean) {
        Scratch sc = scratch.get();
        try {
            run(text, sc, clean);
            List<Mention> out = new ArrayList<>(sc.count);
            for (int m = 0; m < sc.count; m++) {
                if (sc.state[m] == Scratch.ACCEPTED) {
                    int s = sc.start[m];
                    out.add(new Mention(tx.termIds[sc.term[m]], new String(sc.buf, s, sc.end[m] - s), s));
                }
            }
            return out;
        } finally {
            sc.release();
        }
    }

    /**
     * Each term once, in order of first mention, as an unmodifiable set. This is the hot path: no per-token or
     * per-mention allocation; the result is one small array-backed set.
     */
    public Set<String> termIds(String text) {
        Scratch sc = scratch.get();
        try {
            run(text, sc, true);
            String[] termIds = tx.termIds;
            if (sc.seen.length < termIds.length) {
                sc.seen = new int[termIds.length];
            }
            int stamp = ++sc.stamp;
            int size = 0;
            String[] found = sc.found(Math.min(sc.count, termIds.length));
            for (int m = 0; m < sc.count; m++) {
                int t = sc.term[m];
                if (sc.state[m] == Scratch.ACCEPTED && sc.seen[t] != stamp) {
                    sc.seen[t] = stamp;
                    found[size++] = termIds[t];
                }
            }
            return size == 0 ? Collections.emptySet() : new TermSet(Arrays.copyOf(found, size));
        } finally {
            sc.release();
        }
    }

    /**
     * Terms, experience, seniority and education of a posting. Mentions are found in {@code title + "\n" +
     * description} (as {@code Posting.text()} builds it) after HTML cleaning; their offsets refer to that cleaned text.
     */
    public PostingAnalysis analyze(String title, String description) {
        String text = cleanText((title == null ? "" : title) + "\n" + (description == null ? "" : description));
        List<Mention> mentions = extract(text, false);
        String lower = text.toLowerCase(Locale.ROOT);
        Integer minYears = ExperienceYears.minYears(lower);
        DegreeLevels.Asked education = DegreeLevels.of(mentions, lower);
        String seniority = Seniority.of(cleanText(title), lower, minYears);
        return new PostingAnalysis(mentions, minYears, seniority, education.required(), education.preferred());
    }

    /** The text offsets refer to: {@code text} with markup removed and character references decoded. */
    public static String cleanText(String text) {
        return HtmlText.toText(text);
    }

    private void run(String text, Scratch sc, boolean clean) {
        int n = text == null ? 0 : text.length();
        char[] b = sc.buffer(n + 1);
        if (clean && n > 0) {
            n = HtmlText.clean(text, b); // text without '<' or '&' is copied as it is, in one go
        } else if (n > 0) {
            text.getChars(0, n, b, 0);
        }
        b[n] = 0; // a sentinel that is no word char: token loops need no bounds test
        sc.reset();
        scanner.scan(b, n, sc);
        if (sc.pending > 0) {
            corroborator.resolve(b, n, sc);
            degreePhrases.resolve(b, n, sc);
        }
    }
}

package dev.skillpulse.core.emerging;

import dev.skillpulse.core.text.HtmlText;
import dev.skillpulse.core.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One posting's pass: its tokens as offsets into its text, the buffers that words and phrases are put together in
 * for a look-up, and what it has found so far. Its aliases are read first ({@link AliasFinder}), then tool-shaped
 * words, then the company words keep ({@link Enumerations}); everything found goes through {@link #offer}, the one
 * place the filters are asked. Strings are made only for what it keeps. Made for one posting and never shared.
 */
final class Scan {
    final char[] text;
    final Tokens tokens;
    final CandidateFilter filter;
    /** A candidate's counting key. */
    final Chars key = new Chars();
    /** Everything else put together for a look-up: a phrase's words, an item's text, an acronym's initials. */
    final Chars words = new Chars();
    /** The words of the posting's company, lower case; empty when it names none. */
    private final List<String> companyWords;
    /** In order of first appearance, distinct keys, at most {@link CandidateExtractor#MAX_PER_POSTING}. */
    private final List<Candidate> found = new ArrayList<>();
    final AliasFinder aliases;
    /** Per token, whether it has a tool's shape, once asked: 0 not yet, 1 no, 2 yes. */
    private final byte[] toolShaped;

    /** {@code buffers}: this thread's, reused from posting to posting; nothing in them outlives the scan. */
    Scan(CandidateFilter filter, String description, String company, Buffers buffers) {
        this.filter = filter;
        if (description == null) {
            text = new char[0];
            tokens = buffers.tokens(text, 0);
        } else if (HtmlText.mayHaveMarkup(description)) {
            text = buffers.text(description.length());
            tokens = buffers.tokens(text, HtmlText.clean(description, text));
        } else {
            // The text is copied into the buffer, which is longer than the posting: Tokens reads only [0, length).
            text = buffers.text(description.length());
            description.getChars(0, description.length(), text, 0);
            tokens = buffers.tokens(text, description.length());
        }
        toolShaped = buffers.toolShaped(tokens.size());
        companyWords = company == null || company.isBlank() ? List.of() : List.of(Words.joined(company).split(" "));
        aliases = new AliasFinder(this);
    }

    CandidateExtractor.Found find() {
        aliases.collect();
        for (int i = 0; i < tokens.size() && !full(); i++) {
            if (isToolShaped(i) && !inKnownPhrase(i)) {
                offer(i, i + 1);
            }
        }
        Enumerations company = new Enumerations(this);
        company.afterIntro();
        company.enumerations();
        return new CandidateExtractor.Found(found, aliases.found());
    }

    boolean isToolShaped(int t) {
        if (toolShaped[t] == 0) {
            toolShaped[t] = (byte) (ToolShape.of(text, tokens.start(t), tokens.end(t)) ? 2 : 1);
        }
        return toolShaped[t] == 2;
    }

    /** Capitalised or tool-shaped. */
    boolean isName(int t) {
        return Character.isUpperCase(text[tokens.start(t)]) || isToolShaped(t);
    }

    /**
     * Later offers cannot change the first {@link CandidateExtractor#MAX_PER_POSTING} candidates (in order of first
     * appearance), so once they are found the rest of the posting is not read.
     */
    boolean full() {
        return found.size() >= CandidateExtractor.MAX_PER_POSTING;
    }

    /** The tokens {@code [from, to)} become a candidate unless a filter, the company or an alias keeps them out. */
    void offer(int from, int to) {
        Keys.put(key, tokens, from, to);
        int n = key.length();
        if (n < 2 || n > 40 || isFound() || filter.isStopWord(key) || aliases.isExpansion(key)) {
            return;
        }
        putWords(from, to);
        if (filter.isStopWord(words) || allInCompany() || filter.isKnown(words) || filter.isRoleName(key)
                || filter.isMisspelt(key)) {
            return;
        }
        found.add(new Candidate(key.toString(), label(from, to)));
    }

    private boolean isFound() {
        for (Candidate c : found) {
            if (key.is(c.key())) {
                return true;
            }
        }
        return false;
    }

    /** True when every word of the key is a word of the company, or its plural: "Fathom Energy" of "Fathom Energy & Co.". */
    private boolean allInCompany() {
        if (companyWords.isEmpty()) {
            return false;
        }
        char[] k = key.array();
        int n = key.length();
        for (int start = 0; ; ) {
            int end = start;
            while (end < n && k[end] != ' ') {
                end++;
            }
            if (!isCompanyWord(k, start, end)) {
                return false;
            }
            if (end == n) {
                return true;
            }
            start = end + 1;
        }
    }

    private boolean isCompanyWord(char[] k, int start, int end) {
        for (String word : companyWords) {
            if (KeySet.sameChars(word, k, start, end) || (word.length() == end - start + 1
                    && word.charAt(end - start) == 's' && KeySet.startsWith(word, k, start, end))) {
                return true;
            }
        }
        return false;
    }

    /** The key of the tokens {@code [from, to)}, as a string. */
    String keyString(int from, int to) {
        Keys.put(key, tokens, from, to);
        return key.toString();
    }

    /** {@code Words.joined} of the tokens {@code [from, to)} written with spaces, into {@link #words}. */
    void putWords(int from, int to) {
        words.clear();
        for (int t = from; t < to; t++) {
            words.addWords(text, tokens.start(t), tokens.end(t));
        }
    }

    /** The tokens {@code [from, to)} as the posting wrote them, single-spaced, into {@link #words}. */
    void putSpaced(int from, int to) {
        for (int t = from; t < to; t++) {
            if (t > from) {
                words.add(' ');
            }
            words.add(text, tokens.start(t), tokens.end(t));
        }
    }

    private String label(int from, int to) {
        words.clear();
        putSpaced(from, to);
        return words.toString();
    }

    /** True when the token with a neighbour or two is a taxonomy surface: "ML" of "ML Ops". */
    boolean inKnownPhrase(int i) {
        int n = tokens.size();
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            words.clear();
            for (int to = from; to < Math.min(n, from + 3); to++) {
                if (to > from && tokens.sep(to) != ' ' && tokens.sep(to) != '/') {
                    break;
                }
                words.addWords(text, tokens.start(to), tokens.end(to));
                if (to > from && to >= i && filter.isSurface(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The arrays a scan needs in proportion to its posting (its text, its tokens, their tool shapes), kept by a thread
     * from posting to posting ({@link CandidateExtractor}): they were most of what a posting allocated (about 11 KB of
     * a 3 KB posting). Arrays longer than {@link #KEPT} characters or tokens are made for their posting only, so that
     * one huge posting does not stay in memory.
     */
    static final class Buffers {
        static final int KEPT = 1 << 16;
        private char[] text = new char[4096];
        private byte[] toolShaped = new byte[1024];
        private final Tokens tokens = Tokens.reusable();

        /** A buffer of at least {@code length} characters; its contents are left to be overwritten. */
        char[] text(int length) {
            if (length <= text.length) {
                return text;
            }
            char[] longer = new char[length];
            if (length <= KEPT) {
                text = longer;
            }
            return longer;
        }

        /** The tokens of {@code text[0, n)}, in the kept {@link Tokens} unless the text is long. */
        Tokens tokens(char[] text, int n) {
            return n <= KEPT ? tokens.rescan(text, n) : Tokens.scan(text, n);
        }

        /** {@code count} zeros (not yet asked), at the start of an array perhaps longer. */
        byte[] toolShaped(int count) {
            if (count > toolShaped.length) {
                byte[] longer = new byte[count];
                if (count <= KEPT) {
                    toolShaped = longer;
                }
                return longer;
            }
            Arrays.fill(toolShaped, 0, count, (byte) 0);
            return toolShaped;
        }
    }
}

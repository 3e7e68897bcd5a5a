package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.DIGIT0;
import static dev.skillpulse.core.taxonomy.Normalizer.HASH;
import static dev.skillpulse.core.taxonomy.Normalizer.PLUS;
import static dev.skillpulse.core.taxonomy.Normalizer.SPACE;
import static dev.skillpulse.core.taxonomy.Normalizer.SYM;
import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

import dev.skillpulse.core.text.HtmlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds taxonomy terms in posting text.
 *
 * <p>How: the text is copied into a per-thread buffer, cleaned of markup on the way ({@link HtmlText}). One pass
 * then walks it: each token whose length, first and last symbols pass a first-token bit set starts a walk of the
 * trie (a double array over folded symbols, {@link Normalizer}) as far as it goes, and the longest surface that ends
 * on a token boundary and passes its rules wins; other tokens are skipped whole. No regex, no per-token allocation. Surfaces that need corroboration are kept pending and
 * decided at the end of the text against the other mentions and the context words seen nearby. Tokens inside
 * e-mail addresses and URLs never match.
 *
 * <p>Offsets of {@link Mention}s refer to the cleaned text ({@link #cleanText}); for text without {@code <} or
 * {@code &} that is the input itself. Instances are immutable and thread-safe.
 */
public final class MentionExtractor {
    private static final int MAX_RETAINED_BUFFER = 1 << 22;

    private final Taxonomy taxonomy;
    private final String[] termIds;
    private final Form[] forms;
    /** The trie as a double array: states are even indexes, the root is 0; see {@link TrieBuilder.Tables}. */
    private final int[] da;
    /** Forms accepted at each state (by slot = state / 2), or null. */
    private final int[][] accepts;
    /** Context word id recognised at each state (by slot), or -1. */
    private final int[] contextAt;
    /** Per context word: does it end in a word char (then it must not run on into one, or into '+' or '#')? */
    private final boolean[] contextEndsInWordChar;
    /**
     * Bloom-style bit set over a key of the first token of every surface and context word: its length, first three
     * and last symbols ({@link #tokenBit}). Computing it needs no loop-carried arithmetic over the token's chars.
     */
    private final long[] firstTokens = new long[FIRST_TOKEN_BITS / 64];
    private static final int FIRST_TOKEN_LOG2 = 16;
    private static final int FIRST_TOKEN_BITS = 1 << FIRST_TOKEN_LOG2;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** A surface compiled for matching. */
    static final class Form {
        final int term;
        final boolean caseSensitive;
        final char[] exact;
        final boolean endsInWordChar;
        final byte[][] notFollowedBy;
        final byte[][] notPrecededBy;
        final boolean notAfterNumber;
        final boolean deferred;
        final boolean[] requiredTerms;
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

    public MentionExtractor(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
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
    private static int tokenBit(int s0, int s1, int s2, int last, int len) {
        int h = s0 | s1 << 6 | s2 << 12 | last << 18 | Math.min(len, 63) << 24;
        return (h * 0x9E3779B1) >>> (32 - FIRST_TOKEN_LOG2); // the well-mixed top bits
    }

    private static String key(byte[] syms) {
        return new String(syms, java.nio.charset.StandardCharsets.ISO_8859_1);
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
                    out.add(new Mention(termIds[sc.term[m]], new String(sc.buf, s, sc.end[m] - s), s));
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
        String lower = Requirements.lower(text);
        Integer minYears = Requirements.minYears(lower);
        String required = null;
        String preferred = null;
        Requirements.Headings headings = new Requirements.Headings(lower);
        for (Mention m : mentions) {
            int level = PostingAnalysis.DEGREES.indexOf(m.termId());
            if (level < 0) {
                continue;
            }
            if (Requirements.preferred(lower, m.offset(), headings)) {
                preferred = higher(preferred, m.termId());
            } else {
                required = higher(required, m.termId());
            }
        }
        String seniority = Requirements.seniority(cleanText(title), lower, minYears);
        return new PostingAnalysis(mentions, minYears, seniority, required, preferred);
    }

    private static String higher(String a, String b) {
        if (a == null) {
            return b;
        }
        return PostingAnalysis.DEGREES.indexOf(b) > PostingAnalysis.DEGREES.indexOf(a) ? b : a;
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
        sc.reset(n);
        scan(b, n, sc);
        if (sc.pending > 0) {
            resolve(b, n, sc);
        }
    }

    private void scan(char[] b, int n, Scratch sc) {
        final byte[] sym = SYM;
        final int[] da = this.da;
        final long[] firstTokens = this.firstTokens;
        int i = 0;
        while (i < n) {
            int s = sym[b[i]];
            if (s < WORD) {
                i++;
                continue;
            }
            // Find the token's end (b[n] is a sentinel); most tokens start no surface and are skipped right here.
            int j = i + 1;
            while (sym[b[j]] >= WORD) {
                j++;
            }
            int len = j - i;
            int bit = tokenBit(s, len > 1 ? sym[b[i + 1]] : 0, len > 2 ? sym[b[i + 2]] : 0, sym[b[j - 1]], len);
            if ((firstTokens[bit >>> 6] & (1L << bit)) == 0) {
                i = j + 1; // b[j] ends the token, so it is no word char (or the sentinel)
                continue;
            }
            int state = (da[0] & ~1) + 2 * s;
            if (da[state + 1] != 0) { // a filter collision: no surface starts with this symbol
                i = j;
                continue;
            }
            j = i + 1;
            int firstEnd = -1;
            int bestEnd = -1;
            int bestState = 0;
            long bestMask = 0;
            boolean lastSpace = false;
            while (true) {
                int d = da[state];
                if ((d & 1) != 0) {
                    long mask = accept(b, n, i, j, state >>> 1, sc);
                    if (mask != 0) {
                        bestEnd = j;
                        bestState = state >>> 1;
                        bestMask = mask;
                    }
                }
                if (j >= n) {
                    break;
                }
                int t = sym[b[j]];
                if (t < WORD) {
                    if (firstEnd < 0) {
                        firstEnd = j;
                    }
                    if (t == SPACE) {
                        if (lastSpace) {
                            j++;
                            continue;
                        }
                        lastSpace = true;
                    } else {
                        lastSpace = false;
                    }
                } else {
                    lastSpace = false;
                }
                int nx = (d & ~1) + 2 * t;
                if (da[nx + 1] != state) {
                    break;
                }
                state = nx;
                j++;
            }
            if (bestEnd >= 0) {
                int[] list = accepts[bestState];
                for (int k = 0; k < list.length && k < 64; k++) {
                    if ((bestMask & (1L << k)) != 0 && !sameTermEarlier(list, bestMask, k)) {
                        Form f = forms[list[k]];
                        sc.add(f.term, list[k], i, bestEnd, f.deferred);
                    }
                }
                i = bestEnd;
            } else {
                int k = firstEnd >= 0 ? firstEnd : j;
                while (sym[b[k]] >= WORD) {
                    k++;
                }
                i = k + 1; // b[k] is no word char (or the sentinel)
            }
        }
    }

    /** Two surfaces of one term that fold alike (Ph.D. and Ph.D): report the match once. */
    private boolean sameTermEarlier(int[] list, long mask, int k) {
        for (int e = 0; e < k; e++) {
            if ((mask & (1L << e)) != 0 && forms[list[e]].term == forms[list[k]].term) {
                return true;
            }
        }
        return false;
    }

    /** Checks a terminal state (by slot) reached over text[start, end): records context words, returns the forms that pass. */
    private long accept(char[] b, int n, int start, int end, int state, Scratch sc) {
        int[] list = accepts[state];
        int ctx = contextAt[state];
        if (list == null) {
            // Only a context word: its boundary and link checks wait until a pending mention needs it (resolve).
            sc.addContext(ctx, start, end);
            return 0;
        }
        boolean boundary = end >= n || endsOk(b[end], forms[list[0]].endsInWordChar);
        if (!boundary || sc.inLink(b, n, start)) {
            return 0;
        }
        if (ctx >= 0) {
            sc.addContext(ctx, start, end);
        }
        if (list == null) {
            return 0;
        }
        long mask = 0;
        for (int k = 0; k < list.length && k < 64; k++) {
            if (passes(forms[list[k]], b, n, start, end)) {
                mask |= 1L << k;
            }
        }
        return mask;
    }

    private static boolean endsOk(char next, boolean surfaceEndsInWordChar) {
        if (!surfaceEndsInWordChar) {
            return true;
        }
        int s = SYM[next];
        return s < WORD && s != PLUS && s != HASH;
    }

    private static boolean passes(Form f, char[] b, int n, int start, int end) {
        if (f.caseSensitive && !sameCase(f.exact, b, start, end)) {
            return false;
        }
        if (f.notAfterNumber && afterNumber(b, start)) {
            return false;
        }
        for (byte[] p : f.notFollowedBy) {
            if (followedBy(b, n, end, p)) {
                return false;
            }
        }
        for (byte[] p : f.notPrecededBy) {
            if (precededBy(b, start, p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCase(char[] exact, char[] b, int start, int end) {
        int k = 0;
        boolean lastSpace = false;
        for (int i = start; i < end; i++) {
            char c = Normalizer.canon(b[i]);
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            if (k >= exact.length || exact[k++] != c) {
                return false;
            }
        }
        return k == exact.length;
    }

    private static boolean afterNumber(char[] b, int start) {
        int i = start - 1;
        while (i >= 0 && start - i <= 3 && SYM[b[i]] == SPACE) {
            i--;
        }
        return i >= 0 && b[i] >= '0' && b[i] <= '9';
    }

    /** Does phrase {@code p} follow position {@code at} (after optional spaces), ending on a token boundary? */
    static boolean followedBy(char[] b, int n, int at, byte[] p) {
        int i = at;
        while (i < n && SYM[b[i]] == SPACE) {
            i++;
        }
        for (int k = 0; k < p.length; k++) {
            if (p[k] == SPACE) {
                if (i >= n || SYM[b[i]] != SPACE) {
                    return false;
                }
                while (i < n && SYM[b[i]] == SPACE) {
                    i++;
                }
            } else {
                if (i >= n || SYM[b[i]] != p[k]) {
                    return false;
                }
                i++;
            }
        }
        return p[p.length - 1] < WORD || i >= n || SYM[b[i]] < WORD;
    }

    /** Does phrase {@code p} end just before {@code at} (optional spaces between), starting on a token boundary? */
    static boolean precededBy(char[] b, int at, byte[] p) {
        int i = at - 1;
        while (i >= 0 && SYM[b[i]] == SPACE) {
            i--;
        }
        for (int k = p.length - 1; k >= 0; k--) {
            if (p[k] == SPACE) {
                if (i < 0 || SYM[b[i]] != SPACE) {
                    return false;
                }
                while (i >= 0 && SYM[b[i]] == SPACE) {
                    i--;
                }
            } else {
                if (i < 0 || SYM[b[i]] != p[k]) {
                    return false;
                }
                i--;
            }
        }
        return p[0] < WORD || i < 0 || SYM[b[i]] < WORD;
    }

    /** Decides pending mentions: each needs a confirmed mention of a required term, or a required word, nearby. */
    private void resolve(char[] b, int n, Scratch sc) {
        int firstCtx = 0; // first context word at or after the window's start; windows move forward, so it mostly does
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] != Scratch.PENDING) {
                continue;
            }
            Form f = forms[sc.form[m]];
            int lo = sc.start[m] - f.window;
            int hi = sc.end[m] + f.window;
            boolean ok = false;
            int first = m; // mentions do not overlap and are in start order, so their ends are sorted too
            while (first > 0 && sc.end[first - 1] >= lo) {
                first--;
            }
            for (int o = first; o < sc.count && sc.start[o] <= hi && !ok; o++) {
                ok = o != m && sc.state[o] == Scratch.ACCEPTED && f.requiredTerms[sc.term[o]] && sc.term[o] != f.term;
            }
            while (firstCtx > 0 && sc.ctxPos[firstCtx - 1] >= lo) {
                firstCtx--;
            }
            while (firstCtx < sc.ctxCount && sc.ctxPos[firstCtx] < lo) {
                firstCtx++;
            }
            for (int c = firstCtx; c < sc.ctxCount && sc.ctxPos[c] <= hi && !ok; c++) {
                boolean outside = sc.ctxPos[c] >= sc.end[m] || sc.ctxEnd[c] <= sc.start[m];
                ok = outside && f.requiredWords[sc.ctxWord[c]] && contextHolds(b, n, c, sc);
            }
            sc.state[m] = ok ? Scratch.ACCEPTED_LATE : Scratch.REJECTED;
        }
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] == Scratch.ACCEPTED_LATE) {
                sc.state[m] = Scratch.ACCEPTED;
            }
        }
    }

    /** Does context word occurrence {@code c} end on a token boundary, outside any e-mail address or URL? */
    private boolean contextHolds(char[] b, int n, int c, Scratch sc) {
        int end = sc.ctxEnd[c];
        return (end >= n || endsOk(b[end], contextEndsInWordChar[sc.ctxWord[c]])) && !sc.inLink(b, n, sc.ctxPos[c]);
    }

    /** Per-thread working memory, reused from posting to posting. */
    static final class Scratch {
        static final byte ACCEPTED = 1;
        static final byte PENDING = 2;
        static final byte REJECTED = 3;
        static final byte ACCEPTED_LATE = 4;

        char[] buf = new char[8192];
        int[] term = new int[64];
        int[] form = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        byte[] state = new byte[64];
        int count;
        int pending;
        int[] ctxWord = new int[64];
        int[] ctxPos = new int[64];
        int[] ctxEnd = new int[64];
        int ctxCount;
        int[] seen = new int[0];
        String[] foundIds = new String[64];
        int stamp;
        int linkFrom = -1;
        int linkTo = -1;
        boolean link;

        char[] buffer(int n) {
            if (buf.length < n) {
                buf = new char[Math.max(n, buf.length * 2)];
            }
            return buf;
        }

        String[] found(int n) {
            if (foundIds.length < n) {
                foundIds = new String[Math.max(n, foundIds.length * 2)];
            }
            return foundIds;
        }

        void reset(int n) {
            count = 0;
            pending = 0;
            ctxCount = 0;
            linkFrom = -1;
            linkTo = -1;
        }

        void release() {
            if (buf.length > MAX_RETAINED_BUFFER) {
                buf = new char[8192];
            }
            if (term.length > 1 << 16) {
                term = new int[64];
                form = new int[64];
                start = new int[64];
                end = new int[64];
                state = new byte[64];
            }
            if (ctxPos.length > 1 << 16) {
                ctxWord = new int[64];
                ctxPos = new int[64];
                ctxEnd = new int[64];
            }
        }

        void add(int t, int f, int s, int e, boolean deferred) {
            if (count == term.length) {
                int cap = count * 2;
                term = Arrays.copyOf(term, cap);
                form = Arrays.copyOf(form, cap);
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                state = Arrays.copyOf(state, cap);
            }
            term[count] = t;
            form[count] = f;
            start[count] = s;
            end[count] = e;
            state[count] = deferred ? PENDING : ACCEPTED;
            count++;
            if (deferred) {
                pending++;
            }
        }

        void addContext(int word, int s, int e) {
            if (ctxCount == ctxPos.length) {
                int cap = ctxCount * 2;
                ctxWord = Arrays.copyOf(ctxWord, cap);
                ctxPos = Arrays.copyOf(ctxPos, cap);
                ctxEnd = Arrays.copyOf(ctxEnd, cap);
            }
            ctxWord[ctxCount] = word;
            ctxPos[ctxCount] = s;
            ctxEnd[ctxCount] = e;
            ctxCount++;
        }

        /** Is position {@code at} inside an e-mail address or URL? Each whitespace-delimited chunk is examined once. */
        boolean inLink(char[] b, int n, int at) {
            if (at >= linkFrom && at < linkTo) {
                return link;
            }
            // Every link has '@', ':' or '.' in it: only chunks with one of them are looked at closer.
            boolean mark = false;
            int from = at;
            while (from > 0 && !isChunkEdge(b[from - 1])) {
                from--;
                mark |= isLinkMark(b[from]);
            }
            int to = at;
            while (to < n && !isChunkEdge(b[to])) {
                mark |= isLinkMark(b[to]);
                to++;
            }
            linkFrom = from;
            linkTo = to;
            link = mark && looksLikeLink(b, from, to);
            return link;
        }

        /** {@link #computeChunkEdge} for ASCII, looked up. */
        private static final boolean[] ASCII_CHUNK_EDGE = new boolean[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII_CHUNK_EDGE[c] = computeChunkEdge(c);
            }
        }

        private static boolean isChunkEdge(char c) {
            return c < 128 ? ASCII_CHUNK_EDGE[c] : computeChunkEdge(c);
        }

        private static boolean isLinkMark(char c) {
            return c == '@' || c == ':' || c == '.';
        }

        private static boolean computeChunkEdge(char c) {
            return c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '[' || c == ']'
                    || c == ',' || c == ';' || c == '\u00A0' || Character.isWhitespace(c);
        }

        private static boolean looksLikeLink(char[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = b[i];
                if (c == '@') {
                    return i > from && i + 1 < to;
                }
                if (c == ':' && i + 2 < to && b[i + 1] == '/' && b[i + 2] == '/') {
                    return true;
                }
                if (c == '.' && i + 1 < to && (lowerAt(b, i + 1, to, "com") || lowerAt(b, i + 1, to, "org")
                        || lowerAt(b, i + 1, to, "edu") || lowerAt(b, i + 1, to, "gov") || lowerAt(b, i + 1, to, "html"))) {
                    return true;
                }
            }
            return to - from > 4 && lowerAt(b, from, to, "www.");
        }

        private static boolean lowerAt(char[] b, int at, int to, String s) {
            if (at + s.length() > to) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if ((b[at + k] | 0x20) != s.charAt(k)) {
                    return false;
                }
            }
            return s.endsWith(".") || at + s.length() == to || SYM[b[at + s.length()]] < DIGIT0;
        }
    }
}

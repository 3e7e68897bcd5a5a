package dev.skillpulse.core.emerging;

import java.util.Arrays;
import java.util.List;

/**
 * A tool's company: the items of an enumeration that names a guide term or a tool-shaped word ("Python, Snowflake
 * and Terraform"), and what follows the words that introduce a requirement ("experience with Snowflake"). There a
 * capitalised name of up to three words counts, and a lower-case phrase of two or three words whose last word is a
 * technology head ("vector databases", "prompt engineering"). Everything found is offered to the {@link Scan}.
 * Made for one posting and never shared.
 */
final class Enumerations {
    /** Longest item of an enumeration, in tokens: "Azure Data Factory". */
    private static final int MAX_ITEM_TOKENS = 3;

    /** Heads that make a lower-case enumeration item a technology rather than a quality ("vector databases"). */
    private static final KeySet TECH_HEADS = keys("database", "databases", "store", "stores",
            "engine", "engines", "framework", "frameworks", "library", "libraries", "platform", "platforms",
            "pipeline", "pipelines", "generation", "embedding", "embeddings", "search", "index", "indexes", "graph",
            "graphs", "warehouse", "warehouses", "lake", "lakes", "lakehouse", "orchestration", "serving", "inference",
            "tuning", "engineering", "sdk", "sdks", "cluster", "clusters", "quantization", "distillation");
    /** Words that join the items of an enumeration, like a comma. */
    private static final KeySet JOINERS = keys("and", "or", "plus", "nor");

    /** Two-word and one-word openers of a requirement, lower case. */
    private static final List<String> INTRO_PHRASES = List.of("experience with", "familiarity with", "knowledge of",
            "proficiency in", "proficient in", "expertise in", "exposure to", "work with", "hands-on with",
            "such as", "stack includes", "experience in", "including", "using", "familiar with");
    private static final KeySet INTROS = new KeySet(INTRO_PHRASES);
    /** The last words of the intros: no intro ends on any other word, and most words are not these. */
    private static final KeySet INTRO_ENDS = new KeySet(INTRO_PHRASES.stream()
            .map(intro -> intro.substring(intro.lastIndexOf(' ') + 1)).toList());

    /**
     * Marks an item that opens its clause and runs on past its first word, ahead of its text, where the whole item
     * is checked for a tool's shape: "Fluency in Python" is capitalised by grammar, not because "Fluency" names
     * anything.
     */
    private static final char CLAUSE_START = '\u0001';

    private final Scan scan;
    private final char[] text;
    private final Tokens tokens;
    private final Items run = new Items();

    Enumerations(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
        this.tokens = scan.tokens;
    }

    private static KeySet keys(String... keys) {
        return new KeySet(List.of(keys));
    }

    /**
     * What follows the words that introduce a requirement ("experience with", "familiarity with", "knowledge
     * of", "such as", "including", ...): a capitalised name of up to three words ("Experience with Snowflake"),
     * or a lower-case phrase of two or three words ending in a technology head ("experience with vector
     * databases").
     */
    void afterIntro() {
        for (int i = 1; i < tokens.size() && !scan.full(); i++) {
            if (tokens.sep(i) != ' ' || !isIntro(i) || scan.inKnownPhrase(i)) {
                continue;
            }
            // At most three tokens, up to punctuation or a joining word; none when a joining word comes first.
            int end = i;
            while (end < tokens.size() && end - i < MAX_ITEM_TOKENS && (end == i || tokens.sep(end) == ' ')
                    && !isJoiner(end)) {
                end++;
            }
            int core = end > i ? itemCore(i, end, false) : -1;
            if (core >= 0) {
                scan.offer(i, core);
            }
        }
    }

    private boolean isIntro(int i) {
        int start = tokens.start(i - 1);
        int end = tokens.end(i - 1);
        if (!INTRO_ENDS.containsLowerCase(text, start, end)) {
            return false;
        }
        if (INTROS.containsLowerCase(text, start, end)) {
            return true;
        }
        if (i < 2 || tokens.sep(i - 1) != ' ') {
            return false;
        }
        Chars words = scan.words;
        words.clear();
        words.add(text, tokens.start(i - 2), tokens.end(i - 2));
        words.add(' ');
        words.add(text, tokens.start(i - 1), tokens.end(i - 1));
        return INTROS.containsLowerCase(words.array(), 0, words.length());
    }

    private boolean isJoiner(int t) {
        return JOINERS.containsLowerCase(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The end of the name the item {@code [from, to)} of up to three tokens holds: its leading capitalised (or
     * tool-shaped) words ("Terraform" of "Terraform is expected"), or, when it starts in lower case, its longest
     * leading phrase of two or three words that ends in a technology head ("vector databases" of "vector
     * databases at scale"); -1 when neither. An item that opens its clause and runs on past its first word is
     * capitalised by grammar ("Fluency in Python"): only a tool-shaped first word ("LangChain in production")
     * names something there.
     */
    private int itemCore(int from, int to, boolean opensClause) {
        if (opensClause) {
            return scan.isToolShaped(from) ? from + 1 : -1;
        }
        if (scan.isName(from)) {
            int end = from + 1;
            while (end < to && scan.isName(end)) {
                end++;
            }
            return end;
        }
        for (int end = to; end >= from + 2; end--) {
            if (isTechHead(end - 1)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * An item that counts from the list it is in: a capitalised name of up to three words ("Snowflake", "Azure
     * Data Factory"), or a lower-case phrase of two or three words ending in a technology head ("vector
     * databases").
     */
    private boolean isEnumerationCandidate(int from, int to) {
        boolean capitalised = true;
        for (int t = from; t < to && capitalised; t++) {
            capitalised = scan.isName(t);
        }
        if (capitalised) {
            return to - from > 1 || tokens.end(from) - tokens.start(from) > 2;
        }
        return to - from > 1 && isTechHead(to - 1);
    }

    private boolean isTechHead(int t) {
        return TECH_HEADS.containsLowerCase(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The enumerations: runs of at least two items, each at most three tokens, separated by commas, slashes or
     * joining words; other punctuation ends a run. A longer stretch before a list gives its last token as the
     * first item ("experience with Snowflake, ..."), and one after it its first token as the last ("... and
     * Terraform to provision it"). Each run is read as soon as it ends.
     */
    void enumerations() {
        int n = tokens.size();
        // The item being read: tokens [itemStart, itemStart + itemSize), contiguous since a joiner ends it.
        int itemStart = 0;
        int itemSize = 0;
        boolean itemAtClauseStart = false;
        for (int i = 0; i <= n && !scan.full(); i++) {
            boolean last = i == n;
            char sep = last ? '.' : tokens.sep(i);
            boolean joiner = !last && sep == ' ' && isJoiner(i);
            boolean itemEnds = last || joiner || sep == ',' || sep == '/' || sep == '&' || Tokens.breaks(sep);
            if (itemEnds && itemSize > 0) {
                if (itemSize <= MAX_ITEM_TOKENS) {
                    run.add(itemStart, itemStart + itemSize, itemAtClauseStart && itemSize > 1);
                } else {
                    if (run.size > 0) {
                        run.add(itemStart, itemStart + 1, false);
                        closeRun();
                    }
                    run.add(itemStart + itemSize - 1, itemStart + itemSize, false);
                }
                itemSize = 0;
            }
            if (last || Tokens.breaks(sep)) {
                closeRun();
            }
            if (!last && !joiner) {
                if (itemSize == 0) {
                    itemAtClauseStart = Tokens.breaks(sep);
                    itemStart = i;
                }
                itemSize++;
            }
        }
    }

    private void closeRun() {
        if (run.size >= 2) {
            readRun();
        }
        run.size = 0;
    }

    /**
     * The items of a list that names a guide term or a tool-shaped word, and no field of study (a list of degrees
     * is not a list of tools), are offered.
     */
    private void readRun() {
        boolean tools = false;
        for (int k = 0; k < run.size; k++) {
            scan.putWords(run.starts[k], run.ends[k]);
            if (scan.filter.isEducation(scan.words)) {
                return;
            }
            tools = tools || scan.filter.isKnown(scan.words) || hasToolShape(k);
        }
        for (int k = 0; k < run.size && tools && !scan.full(); k++) {
            int core = itemCore(run.starts[k], run.ends[k], run.opensClause[k]);
            if (core >= 0 && isEnumerationCandidate(run.starts[k], core)) {
                scan.offer(run.starts[k], core);
            }
        }
    }

    /**
     * The item as a whole has a tool's shape: written with single spaces, and after {@link #CLAUSE_START} when it
     * opens its clause (so that grammar's capital does not count).
     */
    private boolean hasToolShape(int k) {
        int from = run.starts[k];
        int to = run.ends[k];
        if (to - from == 1 && !run.opensClause[k]) {
            return scan.isToolShaped(from);
        }
        Chars words = scan.words;
        words.clear();
        if (run.opensClause[k]) {
            words.add(CLAUSE_START);
        }
        scan.putSpaced(from, to);
        return ToolShape.of(words.array(), 0, words.length());
    }

    /** The items of the enumeration being read, as token ranges, and whether each opens its clause. */
    private static final class Items {
        int size;
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] opensClause = new boolean[16];

        void add(int start, int end, boolean opens) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                opensClause = Arrays.copyOf(opensClause, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            opensClause[size] = opens;
            size++;
        }
    }
}

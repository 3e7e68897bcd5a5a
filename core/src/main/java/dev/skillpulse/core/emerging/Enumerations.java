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
    /** Words that end the last item of a list and say something of it ("... and Terraform is expected"). */
    private static final KeySet PREDICATES = keys("is", "are", "was", "were", "be", "been", "preferred", "required",
            "desired", "needed", "optional");
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
     * The first words of the two-word intros. Their last words ("of", "in", "to", "with", "as") are among the
     * commonest words of a posting, so the word before one is looked up alone before the two are put together and
     * looked up as a phrase: a phrase lower-cases to an intro only if its first word lower-cases to the intro's.
     */
    private static final KeySet INTRO_FIRSTS = new KeySet(INTRO_PHRASES.stream().filter(intro -> intro.indexOf(' ') > 0)
            .map(intro -> intro.substring(0, intro.lastIndexOf(' '))).toList());

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
        if (i < 2 || tokens.sep(i - 1) != ' '
                || !INTRO_FIRSTS.containsLowerCase(text, tokens.start(i - 2), tokens.end(i - 2))) {
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
     * Terraform to provision it"). An item ends at a predicate ("... and prompt engineering is expected"), and a
     * clause that runs on after it ends the run. A version number after an item's name is left out of it ("Python
     * 3"), and a parenthesis right after it stays part of it: one word ("Kubernetes (EKS)") or an alias's other
     * side ("vision language models (VLMs)"). Each run is read as soon as it ends.
     */
    void enumerations() {
        int n = tokens.size();
        // The item being read: tokens [itemStart, itemEnd), contiguous since a joiner ends it; a predicate in it
        // at predicate (-1: none), and whether a parenthesis in it spells the item's acronym.
        int itemStart = 0;
        int itemEnd = 0;
        int predicate = -1;
        boolean named = false;
        boolean itemAtClauseStart = false;
        // The token after a parenthesis kept in its item, and its separator with the ")" left out.
        int afterParenthesis = -1;
        char sepAfterParenthesis = ' ';
        for (int i = 0; i <= n && !scan.full(); i++) {
            boolean last = i == n;
            char sep = last ? '.' : i == afterParenthesis ? sepAfterParenthesis : tokens.sep(i);
            if (!last && sep == '(' && itemEnd > itemStart && predicate < 0) {
                int end = attachedParenthesisEnd(i);
                if (end > 0) {
                    named = named || scan.aliases.namesPhraseBefore(i);
                    afterParenthesis = end;
                    sepAfterParenthesis = end < n ? tokens.sepAfterParenthesis(end) : '.';
                    i = end - 1;
                    continue;
                }
            }
            boolean joiner = !last && sep == ' ' && isJoiner(i);
            boolean itemEnds = last || joiner || sep == ',' || sep == '/' || sep == '&' || Tokens.breaks(sep);
            if (itemEnds && itemEnd > itemStart) {
                endItem(itemStart, itemEnd, predicate, itemAtClauseStart, named);
                itemEnd = itemStart;
            }
            if (last || Tokens.breaks(sep)) {
                closeRun();
            }
            if (last || joiner) {
                continue;
            }
            if (itemEnd == itemStart) {
                itemAtClauseStart = Tokens.breaks(sep);
                itemStart = i;
                predicate = -1;
                named = false;
            } else if (sep == ' ' && predicate < 0 && isPredicate(i)) {
                predicate = i;
            }
            itemEnd = i + 1;
        }
    }

    /**
     * A parenthesis that stays part of the item before it: one word, or the other side of an alias; its end, or
     * -1.
     */
    private int attachedParenthesisEnd(int i) {
        int end = tokens.attachedParenthesisEnd(i, 6);
        return end == i + 1 || (end > 0 && scan.aliases.parenthesisEnd(i) == end) ? end : -1;
    }

    /**
     * Ends the item {@code [from, to)}: its name (up to a predicate) joins the run; a name longer than an item
     * closes the run with its first token and opens the next with its last, and so does a clause that runs on after
     * the predicate with its last token.
     */
    private void endItem(int from, int to, int predicate, boolean atClauseStart, boolean named) {
        int nameEnd = predicate >= 0 ? predicate : to;
        if (nameEnd - from > MAX_ITEM_TOKENS) {
            if (run.size > 0) {
                run.add(from, from + 1, false, false);
                closeRun();
            }
            // Its last word, or the name before a version number ("... includes Python 3").
            int tail = isVersion(nameEnd - 1) ? nameEnd - 2 : nameEnd - 1;
            run.add(tail, tail + 1, false, named);
        } else if (nameEnd > from) {
            int end = nameEnd - from > 1 && isVersion(nameEnd - 1) ? nameEnd - 1 : nameEnd;
            // Capitalised by grammar when the item opens its clause and runs on past its first word.
            run.add(from, end, atClauseStart && to - from > 1, named);
        }
        if (predicate >= 0 && to - predicate > MAX_ITEM_TOKENS) {
            closeRun();
            run.add(to - 1, to, false, false);
        }
    }

    /** Words that end an item and start what is said of the list: "is expected", "are a plus", "preferred". */
    private boolean isPredicate(int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (PREDICATES.contains(text, start, end)) {
            return true;
        }
        return end - start == 1 && text[start] == 'a' && t + 1 < tokens.size() && tokens.sep(t + 1) == ' '
                && KeySet.sameChars("plus", text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** A version number: digits and dots, perhaps ending in ".x" ("3", "17", "3.5", "2.x"). */
    private boolean isVersion(int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (!isDigit(text[start])) {
            return false;
        }
        for (int p = start + 1; p < end; p++) {
            char c = text[p];
            if (!isDigit(c) && c != '.' && !(c == 'x' && p == end - 1 && text[p - 1] == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
            tools = tools || run.named[k] || scan.filter.isKnown(scan.words) || hasToolShape(k);
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

    /**
     * The items of the enumeration being read, as token ranges, whether each opens its clause, and whether a
     * parenthesis after it spells its acronym (which makes it a tool's name: "vision language models (VLMs)").
     */
    private static final class Items {
        int size;
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] opensClause = new boolean[16];
        boolean[] named = new boolean[16];

        void add(int start, int end, boolean opens, boolean isNamed) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                opensClause = Arrays.copyOf(opensClause, size * 2);
                named = Arrays.copyOf(named, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            opensClause[size] = opens;
            named[size] = isNamed;
            size++;
        }
    }
}

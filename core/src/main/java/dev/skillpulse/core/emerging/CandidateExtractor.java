package dev.skillpulse.core.emerging;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.core.text.HtmlText;
import dev.skillpulse.core.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the terms a posting asks for that the taxonomy does not name: tools, libraries, platforms and methods the
 * guide never mentions. Precision matters more than reach (a list full of "team" and "opportunity" is worthless),
 * so a word counts only with a tool's shape or in a tool's company:
 * <ul>
 *   <li><b>shape</b> ({@link ToolShape}): camel case ({@code LangChain}), an acronym ({@code VLM}), letters with
 *   digits ({@code GPT-4}), a dotted name ({@code Node.js}), {@code ++} or {@code #}, or a tool suffix on a
 *   capitalised word ({@code DuckDB});</li>
 *   <li><b>company</b>: an item of an enumeration (commas, slashes, "and", "or") in which another item is a taxonomy
 *   term or has a tool's shape: in "Python, Snowflake and Terraform", Snowflake and Terraform are candidates. There a
 *   capitalised name of up to three words counts, and a lower-case phrase of two or three words whose last word is a
 *   technology head ("vector databases", "prompt engineering");</li>
 * </ul>
 * minus a stop list of ordinary words and job-ad boilerplate ({@code stopwords.txt}, data), the taxonomy's own
 * surfaces and names built on them ("AWS SageMaker"), misspellings of the taxonomy's words ("Pyton"), role names
 * ("Software Engineer"), and the posting's company. The title is not read: it names the role, not its tools.
 * A phrase written next to its acronym ("vision language models (VLMs)") is counted once, under the acronym, and
 * reported as an {@link Alias}. At most {@link #MAX_PER_POSTING} candidates per posting, in order of first
 * appearance, so a keyword-stuffed ad cannot flood the counts.
 *
 * <p>It runs on the stream thread for every posting, so it scans the text once by hand (no regular expressions):
 * tokens, the punctuation between them, and enumerations as runs of short items. Tokens are offsets into the text,
 * and words and phrases are looked up from a reusable buffer ({@link KeySet}, {@link Chars}): a string is made only
 * for a candidate or alias that is kept. Immutable; threads may share it.
 */
public final class CandidateExtractor {
    public static final int MAX_PER_POSTING = 20;
    /** Longest item of an enumeration, in tokens: "Azure Data Factory". */
    private static final int MAX_ITEM_TOKENS = 3;

    /** The result for one posting: its candidates (distinct keys) and the aliases it wrote out. */
    public record Found(List<Candidate> candidates, List<Alias> aliases) {
        public Found {
            candidates = List.copyOf(candidates);
            aliases = List.copyOf(aliases);
        }
    }

    /** Heads that make a lower-case enumeration item a technology rather than a quality ("vector databases"). */
    private static final KeySet TECH_HEADS = keys("database", "databases", "store", "stores",
            "engine", "engines", "framework", "frameworks", "library", "libraries", "platform", "platforms",
            "pipeline", "pipelines", "generation", "embedding", "embeddings", "search", "index", "indexes", "graph",
            "graphs", "warehouse", "warehouses", "lake", "lakes", "lakehouse", "orchestration", "serving", "inference",
            "tuning", "engineering", "sdk", "sdks", "cluster", "clusters", "quantization", "distillation");
    /** Last words of role names: "Software Engineer" is who is hired, not what they use. */
    private static final KeySet ROLE_HEADS = keys("engineer", "engineers", "scientist", "scientists",
            "researcher", "researchers", "developer", "developers", "analyst", "analysts", "manager", "managers",
            "lead", "leads", "architect", "architects", "designer", "designers", "intern", "interns", "director",
            "officer", "consultant", "specialist", "team", "teams");
    /** Words that join the items of an enumeration, like a comma. */
    private static final KeySet JOINERS = keys("and", "or", "plus", "nor");
    /** Words an acronym usually skips: "reinforcement learning from human feedback" is RLHF. */
    private static final KeySet SMALL_WORDS = keys("of", "from", "for", "and", "the", "to", "with", "in", "on",
            "by", "a", "an");

    /** Two-word and one-word openers of a requirement, lower case. */
    private static final List<String> INTRO_PHRASES = List.of("experience with", "familiarity with", "knowledge of",
            "proficiency in", "proficient in", "expertise in", "exposure to", "work with", "hands-on with",
            "such as", "stack includes", "experience in", "including", "using", "familiar with");
    private static final KeySet INTROS = new KeySet(INTRO_PHRASES);
    /** The last words of the intros: no intro ends on any other word, and most words are not these. */
    private static final KeySet INTRO_ENDS = new KeySet(INTRO_PHRASES.stream()
            .map(intro -> intro.substring(intro.lastIndexOf(' ') + 1)).toList());

    private final KeySet known;
    private final KeySet knownWords;
    /** Surfaces of education terms: a list naming one is a list of degrees or fields of study, not of tools. */
    private final KeySet education;
    private final KeySet stop;
    /** The one-word surfaces of five letters or more, by length: what a misspelling is one typo away from. */
    private final String[][] typoTargets;

    public CandidateExtractor(Taxonomy taxonomy) {
        this(taxonomy, loadStopWords());
    }

    CandidateExtractor(Taxonomy taxonomy, Set<String> stopWords) {
        Set<String> surfaces = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (Term term : taxonomy.terms()) {
            List<String> forms = new ArrayList<>(term.surfaces());
            forms.add(term.label());
            for (String form : forms) {
                String key = Words.joined(form);
                surfaces.add(key);
                if ("education".equals(term.type())) {
                    fields.add(key);
                }
                surfaces.add(key.substring(0, singularLength(key.toCharArray(), key.length())));
                if (key.indexOf(' ') < 0 && key.length() > 1) {
                    words.add(key);
                }
            }
        }
        this.known = new KeySet(surfaces);
        this.knownWords = new KeySet(words);
        this.education = new KeySet(fields);
        this.stop = new KeySet(stopWords);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.typoTargets = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            typoTargets[length] = words.stream().filter(w -> w.length() == l && l >= 5).toArray(String[]::new);
        }
    }

    private static KeySet keys(String... keys) {
        return new KeySet(List.of(keys));
    }

    /** The candidates of a posting; {@code description} may be HTML; {@code company} (may be null) is left out. */
    public Found find(String title, String description, String company) {
        return new Scan(description, company).find();
    }

    /**
     * One posting's pass: its tokens as offsets into its text, the buffers that words and phrases are put together in
     * for a look-up, and what it has found so far. Strings are made only for what it keeps.
     */
    private final class Scan {
        private final char[] text;
        private final Tokens tokens;
        /** The words of the posting's company, lower case; empty when it names none. */
        private final List<String> companyWords;
        private final List<Alias> aliases = new ArrayList<>();
        /** The expansions of the aliases: counted under their acronym, never on their own. */
        private final List<String> expansions = new ArrayList<>();
        /** In order of first appearance, distinct keys, at most {@link #MAX_PER_POSTING}. */
        private final List<Candidate> found = new ArrayList<>();
        /** A candidate's counting key. */
        private final Chars key = new Chars();
        /** Everything else put together for a look-up: a phrase's words, an item's text, an acronym's initials. */
        private final Chars words = new Chars();
        private final Items run = new Items();
        /** Per token, whether it has a tool's shape, once asked: 0 not yet, 1 no, 2 yes. */
        private final byte[] toolShaped;

        Scan(String description, String company) {
            if (description == null) {
                text = new char[0];
                tokens = Tokens.scan(text, 0);
            } else if (HtmlText.mayHaveMarkup(description)) {
                text = new char[description.length()];
                tokens = Tokens.scan(text, HtmlText.clean(description, text));
            } else {
                text = description.toCharArray();
                tokens = Tokens.scan(text, text.length);
            }
            toolShaped = new byte[tokens.size()];
            companyWords = company == null || company.isBlank() ? List.of() : List.of(Words.joined(company).split(" "));
        }

        Found find() {
            collectAliases();
            for (int i = 0; i < tokens.size() && !full(); i++) {
                if (isToolShaped(i) && !inKnownPhrase(i)) {
                    offer(i, i + 1);
                }
            }
            afterIntro();
            enumerations();
            return new Found(found, aliases);
        }

        private boolean isToolShaped(int t) {
            if (toolShaped[t] == 0) {
                toolShaped[t] = (byte) (ToolShape.of(text, tokens.start(t), tokens.end(t)) ? 2 : 1);
            }
            return toolShaped[t] == 2;
        }

        /**
         * Later offers cannot change the first {@link #MAX_PER_POSTING} candidates (in order of first appearance),
         * so once they are found the rest of the posting is not read.
         */
        private boolean full() {
            return found.size() >= MAX_PER_POSTING;
        }

        /**
         * "phrase (ACRONYM)" and "ACRONYM (phrase)": the phrase is the words just before the parenthesis, or inside
         * it, and the acronym names its shortest tail (or head) whose initials spell it.
         */
        private void collectAliases() {
            int n = tokens.size();
            for (int i = 0; i < n; i++) {
                if (!ToolShape.isAcronym(text, tokens.start(i), tokens.end(i))) {
                    continue;
                }
                if (tokens.prev(i) == '(' && tokens.next(i) == ')') {
                    // Words before "(" back to the start of the clause, at most six: tails, shortest first.
                    int from = i - 1;
                    while (from > 0 && i - from < 6 && tokens.sep(from) == ' ') {
                        from--;
                    }
                    String letters = letters(i);
                    for (int start = i - 1; start >= Math.max(from, 0); start--) {
                        if (addAlias(i, letters, start, i)) {
                            break;
                        }
                    }
                } else if (tokens.next(i) == '(' && i + 1 < n) {
                    // Words inside the parenthesis: heads, shortest first.
                    String letters = letters(i);
                    for (int end = i + 2; end <= Math.min(n, i + 7); end++) {
                        if (addAlias(i, letters, i + 1, end) || tokens.next(end - 1) != ' ') {
                            break;
                        }
                    }
                }
            }
        }

        /** The acronym's letters, upper case, without its plural "s". */
        private String letters(int acronym) {
            int start = tokens.start(acronym);
            int end = tokens.end(acronym);
            if (text[end - 1] == 's') {
                end--;
            }
            return new String(text, start, end - start).toUpperCase(Locale.ROOT);
        }

        /**
         * When the initials of the tokens {@code [from, to)} spell the acronym's {@code letters}, with or without the
         * small words, records the alias (unless the guide names either side) and says so.
         */
        private boolean addAlias(int acronym, String letters, int from, int to) {
            if (!initialsSpell(letters, from, to, false) && !initialsSpell(letters, from, to, true)) {
                return false;
            }
            String expansion = keyString(from, to);
            String acronymKey = keyString(acronym, acronym + 1);
            if (!known.contains(acronymKey) && !known.contains(expansion) && !expansion.equals(acronymKey)) {
                Alias alias = new Alias(acronymKey, expansion);
                if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
                expansions.add(expansion);
            }
            return true;
        }

        /** The first letter of each word and of each hyphenated part of one ("low-rank" gives LR), upper case. */
        private boolean initialsSpell(String letters, int from, int to, boolean skipSmallWords) {
            words.clear();
            for (int t = from; t < to; t++) {
                int start = tokens.start(t);
                int end = tokens.end(t);
                if (skipSmallWords && SMALL_WORDS.containsLowerCase(text, start, end)) {
                    continue;
                }
                for (int p = start; p < end; p++) {
                    if (text[p] != '-' && (p == start || text[p - 1] == '-')) {
                        words.add(Character.toUpperCase(text[p]));
                    }
                }
            }
            return words.is(letters);
        }

        private void offer(int from, int to) {
            putKey(from, to);
            char[] k = key.array();
            int n = key.length();
            if (n < 2 || n > 40 || isFound() || stop.contains(k, 0, n) || isExpansion()) {
                return;
            }
            putWords(from, to);
            if (stop.contains(words.array(), 0, words.length()) || allInCompany() || isKnown(words)
                    || ROLE_HEADS.contains(k, key.lastIndexOf(' ') + 1, n) || isMisspelt()) {
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

        private boolean isExpansion() {
            for (String expansion : expansions) {
                if (key.is(expansion)) {
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

        /** A one-word key one typo away from a taxonomy word of five letters or more ("pyton", "tensorfow"). */
        private boolean isMisspelt() {
            int n = key.length();
            if (n < 4 || key.lastIndexOf(' ') >= 0) {
                return false;
            }
            for (int length = n - 1; length <= n + 1 && length < typoTargets.length; length++) {
                for (String word : typoTargets[length]) {
                    if (Typo.oneApart(word, key.array(), 0, n)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The counting key of the tokens {@code [from, to)} written with spaces, into {@link #key}: lower case,
         * single-spaced, {@code ++} as "pp" and {@code #} as "sharp", an acronym's plural and a phrase's plural head
         * dropped.
         */
        private void putKey(int from, int to) {
            key.clear();
            for (int t = from; t < to; t++) {
                int start = tokens.start(t);
                int end = tokens.end(t);
                if (to - from == 1 && end - start > 2 && text[end - 1] == 's' && ToolShape.isAcronym(text, start, end)) {
                    end--;
                }
                // "++" and "#" only ever end a token, right after a letter or digit.
                if (text[end - 1] == '+') {
                    key.addWords(text, start, end - 2);
                    key.add('p');
                    key.add('p');
                } else if (text[end - 1] == '#') {
                    key.addWords(text, start, end - 1);
                    for (int i = 0; i < SHARP.length(); i++) {
                        key.add(SHARP.charAt(i));
                    }
                } else {
                    key.addWords(text, start, end);
                }
            }
            if (key.lastIndexOf(' ') >= 0) {
                key.truncate(singularLength(key.array(), key.length()));
            }
        }

        private String keyString(int from, int to) {
            putKey(from, to);
            return key.toString();
        }

        /** {@code Words.joined} of the tokens {@code [from, to)} written with spaces, into {@link #words}. */
        private void putWords(int from, int to) {
            words.clear();
            for (int t = from; t < to; t++) {
                words.addWords(text, tokens.start(t), tokens.end(t));
            }
        }

        /** The tokens {@code [from, to)} as the posting wrote them, single-spaced. */
        private String label(int from, int to) {
            words.clear();
            for (int t = from; t < to; t++) {
                if (t > from) {
                    words.add(' ');
                }
                words.add(text, tokens.start(t), tokens.end(t));
            }
            return words.toString();
        }

        /** True when the token with a neighbour or two is a taxonomy surface: "ML" of "ML Ops". */
        private boolean inKnownPhrase(int i) {
            int n = tokens.size();
            for (int from = Math.max(0, i - 2); from <= i; from++) {
                words.clear();
                for (int to = from; to < Math.min(n, from + 3); to++) {
                    if (to > from && tokens.sep(to) != ' ' && tokens.sep(to) != '/') {
                        break;
                    }
                    words.addWords(text, tokens.start(to), tokens.end(to));
                    if (to > from && to >= i && known.contains(words.array(), 0, words.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code joined} is a taxonomy surface, or a name built on a one-word term of the taxonomy. */
        private boolean isKnown(Chars joined) {
            char[] j = joined.array();
            int n = joined.length();
            if (known.contains(j, 0, n) || known.contains(j, 0, singularLength(j, n))) {
                return true;
            }
            // A name built on a one-word term of the taxonomy ("AWS SageMaker" is still AWS) is not beyond the guide.
            if (joined.lastIndexOf(' ') >= 0) {
                for (int start = 0; start < n; ) {
                    int end = start;
                    while (end < n && j[end] != ' ') {
                        end++;
                    }
                    if (end - start > 1 && knownWords.contains(j, start, end)) {
                        return true;
                    }
                    start = end + 1;
                }
            }
            return false;
        }

        /**
         * What follows the words that introduce a requirement ("experience with", "familiarity with", "knowledge
         * of", "such as", "including", ...): a capitalised name of up to three words ("Experience with Snowflake"),
         * or a lower-case phrase of two or three words ending in a technology head ("experience with vector
         * databases").
         */
        private void afterIntro() {
            for (int i = 1; i < tokens.size() && !full(); i++) {
                if (tokens.sep(i) != ' ' || !isIntro(i) || inKnownPhrase(i)) {
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
                    offer(i, core);
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
                return isToolShaped(from) ? from + 1 : -1;
            }
            if (isName(from)) {
                int end = from + 1;
                while (end < to && isName(end)) {
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
                capitalised = isName(t);
            }
            if (capitalised) {
                return to - from > 1 || tokens.end(from) - tokens.start(from) > 2;
            }
            return to - from > 1 && isTechHead(to - 1);
        }

        private boolean isName(int t) {
            return Character.isUpperCase(text[tokens.start(t)]) || isToolShaped(t);
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
        private void enumerations() {
            int n = tokens.size();
            // The item being read: tokens [itemStart, itemStart + itemSize), contiguous since a joiner ends it.
            int itemStart = 0;
            int itemSize = 0;
            boolean itemAtClauseStart = false;
            for (int i = 0; i <= n && !full(); i++) {
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
                readEnumeration();
            }
            run.size = 0;
        }

        /**
         * The items of a list that names a guide term or a tool-shaped word, and no field of study (a list of degrees
         * is not a list of tools), are offered.
         */
        private void readEnumeration() {
            boolean tools = false;
            for (int k = 0; k < run.size; k++) {
                putWords(run.starts[k], run.ends[k]);
                if (education.contains(words.array(), 0, words.length())) {
                    return;
                }
                tools = tools || isKnown(words) || hasToolShape(k);
            }
            for (int k = 0; k < run.size && tools && !full(); k++) {
                int core = itemCore(run.starts[k], run.ends[k], run.opensClause[k]);
                if (core >= 0 && isEnumerationCandidate(run.starts[k], core)) {
                    offer(run.starts[k], core);
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
                return isToolShaped(from);
            }
            words.clear();
            if (run.opensClause[k]) {
                words.add(CLAUSE_START);
            }
            for (int t = from; t < to; t++) {
                if (t > from) {
                    words.add(' ');
                }
                words.add(text, tokens.start(t), tokens.end(t));
            }
            return ToolShape.of(words.array(), 0, words.length());
        }
    }

    /**
     * Marks an item that opens its clause and runs on past its first word, ahead of its text, where the whole item
     * is checked for a tool's shape: "Fluency in Python" is capitalised by grammar, not because "Fluency" names
     * anything.
     */
    private static final char CLAUSE_START = '\u0001';
    private static final String SHARP = "sharp";

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

    /** The length of the phrase with its last word's plural "s" dropped ("vector databases" → "vector database"). */
    private static int singularLength(char[] key, int length) {
        int lastStart = length;
        while (lastStart > 0 && key[lastStart - 1] != ' ') {
            lastStart--;
        }
        if (length - lastStart > 3 && key[length - 1] == 's' && key[length - 2] != 's' && key[length - 2] != 'i'
                && key[length - 2] != 'u') {
            return length - 1;
        }
        return length;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CandidateExtractor.class.getResourceAsStream("/dev/skillpulse/core/emerging/stopwords.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(Words.joined(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

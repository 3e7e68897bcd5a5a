package dev.skillpulse.core.bench;

import dev.skillpulse.core.emerging.Alias;
import dev.skillpulse.core.emerging.Candidate;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.emerging.CandidateExtractor.Found;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate extractor as it was before tokens became offsets into the text (commit 2c81e82), kept in the bench
 * source set on purpose: {@link CandidateBenchmark} runs it next to {@link CandidateExtractor} in one JMH run, and
 * {@link CandidateIdentity} checks that both give the same candidates and aliases on the bench postings. Not used by
 * any production code; its helpers (Token, ToolShape, Typo) are the old ones, nested so that it stands alone.
 */
final class CandidateExtractorBaseline {
    private static final int MAX_PER_POSTING = CandidateExtractor.MAX_PER_POSTING;
    /** Longest item of an enumeration, in tokens: "Azure Data Factory". */
    private static final int MAX_ITEM_TOKENS = 3;

    /** Heads that make a lower-case enumeration item a technology rather than a quality ("vector databases"). */
    private static final Set<String> TECH_HEADS = Set.of("database", "databases", "store", "stores",
            "engine", "engines", "framework", "frameworks", "library", "libraries", "platform", "platforms",
            "pipeline", "pipelines", "generation", "embedding", "embeddings", "search", "index", "indexes", "graph",
            "graphs", "warehouse", "warehouses", "lake", "lakes", "lakehouse", "orchestration", "serving", "inference",
            "tuning", "engineering", "sdk", "sdks", "cluster", "clusters", "quantization", "distillation");
    /** Last words of role names: "Software Engineer" is who is hired, not what they use. */
    private static final Set<String> ROLE_HEADS = Set.of("engineer", "engineers", "scientist", "scientists",
            "researcher", "researchers", "developer", "developers", "analyst", "analysts", "manager", "managers",
            "lead", "leads", "architect", "architects", "designer", "designers", "intern", "interns", "director",
            "officer", "consultant", "specialist", "team", "teams");
    /** Words that join the items of an enumeration, like a comma. */
    private static final Set<String> JOINERS = Set.of("and", "or", "plus", "nor");
    /** Words an acronym usually skips: "reinforcement learning from human feedback" is RLHF. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "from", "for", "and", "the", "to", "with", "in", "on",
            "by", "a", "an");

    private final Set<String> known;
    private final Set<String> knownWords;
    /** Surfaces of education terms: a list naming one is a list of degrees or fields of study, not of tools. */
    private final Set<String> education;
    private final Set<String> stop;

    CandidateExtractorBaseline(Taxonomy taxonomy) {
        this(taxonomy, loadStopWords());
    }

    private CandidateExtractorBaseline(Taxonomy taxonomy, Set<String> stopWords) {
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
                surfaces.add(singular(key));
                if (key.indexOf(' ') < 0 && key.length() > 1) {
                    words.add(key);
                }
            }
        }
        this.known = Set.copyOf(surfaces);
        this.knownWords = Set.copyOf(words);
        this.education = Set.copyOf(fields);
        this.stop = Set.copyOf(stopWords);
    }

    /** The candidates of a posting; {@code description} may be HTML; {@code company} (may be null) is left out. */
    Found find(String title, String description, String company) {
        List<Token> tokens = Token.scan(HtmlText.toText(description));
        // The posting's company, word by word.
        Set<String> excluded = new HashSet<>();
        if (company != null && !company.isBlank()) {
            excluded.addAll(List.of(Words.joined(company).split(" ")));
        }
        List<Alias> aliases = new ArrayList<>();
        Set<String> expansions = new HashSet<>();
        collectAliases(tokens, aliases, expansions);
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (ToolShape.of(t.text()) && !inKnownPhrase(tokens, i)) {
                offer(t.text(), excluded, expansions, found);
            }
        }
        for (String item : afterIntro(tokens)) {
            offer(item, excluded, expansions, found);
        }
        for (List<String> items : enumerations(tokens)) {
            boolean degrees = items.stream().anyMatch(item -> education.contains(Words.joined(item)));
            if (!degrees && items.stream().anyMatch(item -> isKnown(item) || ToolShape.of(item.strip()))) {
                for (String item : items) {
                    String core = itemCore(item);
                    if (core != null && isEnumerationCandidate(core)) {
                        offer(core, excluded, expansions, found);
                    }
                }
            }
        }
        List<Candidate> list = new ArrayList<>(found.values());
        return new Found(list.size() > MAX_PER_POSTING ? list.subList(0, MAX_PER_POSTING) : list, aliases);
    }

    /**
     * "phrase (ACRONYM)" and "ACRONYM (phrase)": the phrase is the words just before the parenthesis, or inside it,
     * and the acronym names its shortest tail (or head) whose initials spell it.
     */
    private void collectAliases(List<Token> tokens, List<Alias> aliases, Set<String> expansions) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!ToolShape.isAcronym(t.text())) {
                continue;
            }
            List<List<String>> options = new ArrayList<>();
            if (t.prev() == '(' && t.next() == ')') {
                // Words before "(" back to the start of the clause, at most six: tails, shortest first.
                int from = i - 1;
                while (from > 0 && i - from < 6 && tokens.get(from).sep() == ' ') {
                    from--;
                }
                for (int start = i - 1; start >= Math.max(from, 0); start--) {
                    options.add(texts(tokens.subList(start, i)));
                }
            } else if (t.next() == '(' && i + 1 < tokens.size()) {
                // Words inside the parenthesis: heads, shortest first.
                for (int end = i + 2; end <= Math.min(tokens.size(), i + 7); end++) {
                    options.add(texts(tokens.subList(i + 1, end)));
                    if (tokens.get(end - 1).next() != ' ') {
                        break;
                    }
                }
            }
            addAlias(t.text(), options, aliases, expansions);
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private void addAlias(String acronym, List<List<String>> options, List<Alias> aliases, Set<String> expansions) {
        String letters = (acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym)
                .toUpperCase(Locale.ROOT);
        for (List<String> words : options) {
            if (initials(words, false).equals(letters) || initials(words, true).equals(letters)) {
                String expansion = keyOf(String.join(" ", words));
                String acronymKey = keyOf(acronym);
                if (!known.contains(acronymKey) && !known.contains(expansion) && !expansion.equals(acronymKey)) {
                    Alias alias = new Alias(acronymKey, expansion);
                    if (!aliases.contains(alias)) {
                        aliases.add(alias);
                    }
                    expansions.add(expansion);
                }
                return;
            }
        }
    }

    private static String initials(List<String> words, boolean skipSmallWords) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!skipSmallWords || !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty()) {
                        initials.append(Character.toUpperCase(part.charAt(0)));
                    }
                }
            }
        }
        return initials.toString();
    }

    private void offer(String label, Set<String> excluded, Set<String> expansions, Map<String, Candidate> found) {
        String key = keyOf(label);
        if (key.length() < 2 || key.length() > 40 || found.containsKey(key) || stop.contains(key)
                || stop.contains(Words.joined(label)) || allIn(key, excluded) || expansions.contains(key)
                || isKnown(label) || isRole(key) || isMisspelt(key)) {
            return;
        }
        found.put(key, new Candidate(key, label));
    }

    /** True when every word of {@code key} is in {@code words}: "Fathom Energy" of "Fathom Energy & Co.". */
    private static boolean allIn(String key, Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (String word : key.split(" ")) {
            if (!words.contains(word) && !words.contains(word + "s")) {
                return false;
            }
        }
        return true;
    }

    /** True when the token with a neighbour or two is a taxonomy surface: "ML" of "ML Ops". */
    private boolean inKnownPhrase(List<Token> tokens, int i) {
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            StringBuilder phrase = new StringBuilder();
            for (int to = from; to < Math.min(tokens.size(), from + 3); to++) {
                if (to > from) {
                    if (tokens.get(to).sep() != ' ' && tokens.get(to).sep() != '/') {
                        break;
                    }
                    phrase.append(' ');
                }
                phrase.append(tokens.get(to).text());
                if (to > from && to >= i && known.contains(Words.joined(phrase.toString()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isKnown(String text) {
        String joined = Words.joined(text);
        if (known.contains(joined) || known.contains(singular(joined))) {
            return true;
        }
        // A name built on a one-word term of the taxonomy ("AWS SageMaker" is still AWS) is not beyond the guide.
        if (joined.indexOf(' ') > 0) {
            for (String word : joined.split(" ")) {
                if (word.length() > 1 && knownWords.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRole(String key) {
        return ROLE_HEADS.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** A one-word key one typo away from a taxonomy word of five letters or more ("pyton", "tensorfow"). */
    private boolean isMisspelt(String key) {
        if (key.indexOf(' ') >= 0 || key.length() < 4) {
            return false;
        }
        for (String word : knownWords) {
            if (word.length() >= 5 && Math.abs(word.length() - key.length()) <= 1 && Typo.oneApart(word, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An item that counts from the list it is in: a capitalised name of up to three words ("Snowflake", "Azure Data
     * Factory"), or a lower-case phrase of two or three words ending in a technology head ("vector databases").
     */
    private static boolean isEnumerationCandidate(String item) {
        String[] words = item.split(" ");
        boolean capitalised = true;
        for (String w : words) {
            capitalised &= Character.isUpperCase(w.charAt(0)) || ToolShape.of(w);
        }
        if (capitalised) {
            return words.length > 1 || words[0].length() > 2;
        }
        return words.length > 1 && TECH_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * What follows the words that introduce a requirement ("experience with", "familiarity with", "knowledge of",
     * "such as", "including", ...): a capitalised name of up to three words ("Experience with Snowflake"), or a
     * lower-case phrase of two or three words ending in a technology head ("experience with vector databases").
     */
    private List<String> afterIntro(List<Token> tokens) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).sep() != ' ' || !isIntro(tokens, i) || inKnownPhrase(tokens, i)) {
                continue;
            }
            String item = introducedItem(tokens, i);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The item starting at token {@code i}: its capitalised (or tool-shaped) words, at most three ("Terraform" of
     * "Terraform is expected"), or, when it starts in lower case, its longest phrase of two or three words that
     * ends in a technology head ("vector databases" of "vector databases at scale").
     */
    private static String introducedItem(List<Token> tokens, int i) {
        List<String> run = new ArrayList<>();
        for (int j = i; j < tokens.size() && run.size() < MAX_ITEM_TOKENS; j++) {
            Token t = tokens.get(j);
            if (j > i && t.sep() != ' ' || JOINERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            run.add(t.text());
        }
        return itemCore(String.join(" ", run));
    }

    /**
     * The name an item of up to three words holds: its leading capitalised (or tool-shaped) words ("Terraform" of
     * "Terraform is expected"), or, when it starts in lower case, its longest leading phrase of two or three words
     * that ends in a technology head ("vector databases" of "vector databases at scale"); null when neither.
     */
    private static String itemCore(String item) {
        String[] words = item.split(" ");
        List<String> run = new ArrayList<>();
        if (item.charAt(0) == CLAUSE_START) {
            // Capitalised by grammar: only a tool-shaped first word ("LangChain in production") names something.
            String rest = item.substring(1);
            String first = rest.split(" ")[0];
            return ToolShape.of(first) ? first : null;
        }
        boolean capitalised = isName(words[0]);
        for (String word : words) {
            if (capitalised && !isName(word)) {
                break;
            }
            run.add(word);
        }
        if (capitalised) {
            return String.join(" ", run);
        }
        for (int n = run.size(); n >= 2; n--) {
            if (TECH_HEADS.contains(run.get(n - 1).toLowerCase(Locale.ROOT))) {
                return String.join(" ", run.subList(0, n));
            }
        }
        return null;
    }

    private static boolean isName(String word) {
        return Character.isUpperCase(word.charAt(0)) || ToolShape.of(word);
    }

    /** Two-word and one-word openers of a requirement, lower case. */
    private static final Set<String> INTROS = Set.of("experience with", "familiarity with", "knowledge of",
            "proficiency in", "proficient in", "expertise in", "exposure to", "work with", "hands-on with",
            "such as", "stack includes", "experience in", "including", "using", "familiar with");

    private static boolean isIntro(List<Token> tokens, int i) {
        String one = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        if (INTROS.contains(one)) {
            return true;
        }
        return i >= 2 && tokens.get(i - 1).sep() == ' '
                && INTROS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT) + " " + one);
    }

    /**
     * The enumerations: runs of at least two items, each at most three tokens, separated by commas, slashes or
     * joining words; other punctuation ends a run. A longer stretch before a list gives its last token as the
     * first item ("experience with Snowflake, ..."), and one after it its first token as the last ("... and
     * Terraform to provision it").
     */
    static List<List<String>> enumerations(List<Token> tokens) {
        List<List<String>> lists = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> item = new ArrayList<>();
        boolean itemAtClauseStart = false;
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            boolean joiner = t != null && JOINERS.contains(t.text().toLowerCase(Locale.ROOT)) && t.sep() == ' ';
            char sep = t == null ? '.' : t.sep();
            boolean itemEnds = t == null || joiner || sep == ',' || sep == '/' || sep == '&' || Token.breaks(sep);
            if (itemEnds && !item.isEmpty()) {
                if (item.size() <= MAX_ITEM_TOKENS) {
                    run.add(clauseStartMark(item, itemAtClauseStart));
                } else {
                    if (!run.isEmpty()) {
                        run.add(item.get(0));
                        closeRun(run, lists);
                    }
                    run.add(item.get(item.size() - 1));
                }
                item.clear();
            }
            if (t == null || Token.breaks(sep)) {
                closeRun(run, lists);
            }
            if (t != null && !joiner) {
                if (item.isEmpty()) {
                    itemAtClauseStart = Token.breaks(sep);
                }
                item.add(t.text());
            }
        }
        return lists;
    }

    /**
     * An item that opens its clause is written in lower case after {@link #CLAUSE_START} when it runs on past its
     * first word: "Fluency in Python" is capitalised by grammar, not because "Fluency" names anything.
     */
    private static String clauseStartMark(List<String> item, boolean atClauseStart) {
        String text = String.join(" ", item);
        return atClauseStart && item.size() > 1 ? CLAUSE_START + text : text;
    }

    private static final char CLAUSE_START = '\u0001';

    private static void closeRun(List<String> run, List<List<String>> lists) {
        if (run.size() >= 2) {
            lists.add(List.copyOf(run));
        }
        run.clear();
    }

    /** The counting key: lower case, single-spaced, an acronym's plural and a phrase's plural head dropped. */
    static String keyOf(String label) {
        String s = label.strip();
        if (ToolShape.isAcronym(s) && s.endsWith("s") && s.length() > 2) {
            s = s.substring(0, s.length() - 1);
        }
        String key = Words.joined(s.replace("++", "pp").replace("#", "sharp"));
        return key.indexOf(' ') > 0 ? singular(key) : key;
    }

    /** The phrase with its last word's plural "s" dropped ("vector databases" → "vector database"). */
    private static String singular(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("is")
                && !last.endsWith("us")) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CandidateExtractorBaseline.class.getResourceAsStream("/dev/skillpulse/core/emerging/stopwords.txt");
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

    private record Token(String text, char sep, char prev, char next) {
        /** Separator of the first token. */
        static final char START = '\n';

        /** True when {@code sep} ends a clause, and with it any enumeration. */
        static boolean breaks(char sep) {
            return switch (sep) {
                case '\n', '\r', ';', ':', '!', '?', '.', '(', ')', '[', ']', '•', '|', '·', '*', '-', '–', '—', '"' -> true;
                default -> false;
            };
        }

        /** The tokens of a text, scanned once by hand (this runs for every posting on the stream thread). */
        static List<Token> scan(String text) {
            List<Token> tokens = new ArrayList<>();
            int n = text.length();
            int i = 0;
            char sep = START;
            char prev = ' ';
            while (i < n) {
                char c = text.charAt(i);
                boolean dotName = c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
                if (!Character.isLetterOrDigit(c) && !dotName) {
                    if (c == '\n' || c == '\r') {
                        sep = '\n';
                    } else if (!Character.isWhitespace(c)) {
                        sep = stronger(sep, c);
                        prev = c;
                    }
                    i++;
                    continue;
                }
                if (isAddress(text, i)) {
                    // An address names no skill, and its dotted parts look like tool names ("acme.ai").
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                int start = i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)
                            || ((d == '.' || d == '-' || d == '_') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i + 1 < n && text.charAt(i) == '+' && text.charAt(i + 1) == '+') {
                    i += 2;
                } else if (i < n && text.charAt(i) == '#' && i - start <= 2) {
                    i++;
                }
                char next = ' ';
                for (int j = i; j < n; j++) {
                    if (!Character.isWhitespace(text.charAt(j))) {
                        next = Character.isLetterOrDigit(text.charAt(j)) ? ' ' : text.charAt(j);
                        break;
                    }
                }
                tokens.add(new Token(text.substring(start, i), sep, prev, next));
                sep = ' ';
                prev = ' ';
            }
            return tokens;
        }

        /** A URL or an e-mail address starts at {@code i}. */
        private static boolean isAddress(String text, int i) {
            if (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)) {
                return true;
            }
            for (int j = i; j < text.length() && j < i + 64; j++) {
                char c = text.charAt(j);
                if (c == '@') {
                    return j > i;
                }
                if (Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        }

        private static char stronger(char current, char c) {
            if (c == '\n' || c == '\r') {
                return '\n';
            }
            return rank(c) > rank(current) ? c : current;
        }

        private static int rank(char c) {
            if (breaks(c)) {
                return 5;
            }
            return switch (c) {
                case ',' -> 4;
                case '/' -> 3;
                case '&' -> 2;
                case ' ' -> 0;
                default -> 1;
            };
        }
    }

    private static final class ToolShape {
        private static final Set<String> DOT_SUFFIXES = Set.of("js", "ts", "net", "io", "ai", "py", "rs", "jl");
        private static final String[] SUFFIXES = {"DB", "Db", "SQL", "QL", "Flow", "Ops", "ML", "AI", "Lake", "Hub", "Kit"};

        private ToolShape() {
        }

        static boolean of(String word) {
            int n = word.length();
            if (n < 2 || n > 30 || Character.isDigit(word.charAt(0))) {
                return false;
            }
            if (word.endsWith("++") || (word.endsWith("#") && n <= 3)) {
                return true;
            }
            boolean letters = false;
            boolean digits = false;
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                letters |= Character.isLetter(c);
                digits |= Character.isDigit(c);
                if (i + 1 < n && Character.isLowerCase(c) && Character.isUpperCase(word.charAt(i + 1))) {
                    return true;
                }
            }
            return (letters && digits) || isAcronym(word) || isDotted(word) || hasToolSuffix(word);
        }

        /** Two to six capitals and digits, starting with a capital, with at least two letters; a plural "s" allowed. */
        static boolean isAcronym(String word) {
            int n = word.endsWith("s") ? word.length() - 1 : word.length();
            if (n < 2 || n > 6 || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            int capitals = 0;
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                if (Character.isUpperCase(c)) {
                    capitals++;
                } else if (!Character.isDigit(c)) {
                    return false;
                }
            }
            return capitals >= 2;
        }

        private static boolean isDotted(String word) {
            int dot = word.lastIndexOf('.');
            return word.charAt(0) == '.' || (dot > 0 && DOT_SUFFIXES.contains(word.substring(dot + 1).toLowerCase(Locale.ROOT)));
        }

        private static boolean hasToolSuffix(String word) {
            if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (String suffix : SUFFIXES) {
                int at = word.length() - suffix.length();
                if (word.endsWith(suffix) && at >= 2 && Character.isLetter(word.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Typo {
        private Typo() {
        }

        static boolean oneApart(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            if (a.length() == b.length()) {
                int first = -1;
                int diffs = 0;
                for (int i = 0; i < a.length(); i++) {
                    if (a.charAt(i) != b.charAt(i)) {
                        if (diffs++ == 0) {
                            first = i;
                        }
                    }
                }
                return diffs == 1 || (diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                        && a.charAt(first + 1) == b.charAt(first));
            }
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            if (longer.length() - shorter.length() != 1) {
                return false;
            }
            int i = 0;
            while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
                i++;
            }
            return longer.substring(i + 1).equals(shorter.substring(i));
        }
    }
}

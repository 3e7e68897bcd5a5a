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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the terms a posting asks for that the taxonomy does not name: tools, libraries, platforms and methods the
 * guide never mentions. Precision matters more than reach (a list full of "team" and "opportunity" is worthless),
 * so a word counts only with a tool's shape or in a tool's company:
 * <ul>
 *   <li><b>shape</b>: camel case ({@code LangChain}, {@code PyTorch}), an acronym ({@code LLM}, {@code RAG}),
 *   letters with digits ({@code GPT-4}, {@code S3}), a dotted name ({@code Node.js}), {@code ++} or {@code #}
 *   ({@code C++}), or a tool suffix on a capitalised word ({@code DuckDB}, {@code GraphQL}, {@code LLMOps});</li>
 *   <li><b>company</b>: an item of an enumeration (commas, "and", "or", slashes) in which another item is a taxonomy
 *   term or has a tool's shape: "Snowflake, Databricks and Airflow" next to "Python" are candidates; a lower-case
 *   item of up to three words counts there when its last word is a tool-like head ("vector databases",
 *   "feature stores");</li>
 * </ul>
 * minus a stop list of ordinary words and job-ad boilerplate ({@code stopwords.txt}), the taxonomy's own surfaces,
 * and the posting's company. A phrase written next to its acronym ("large language models (LLMs)") is counted once,
 * under the acronym, and reported as an {@link Alias}. At most {@link #MAX_PER_POSTING} candidates per posting, in
 * order of first appearance, so a keyword-stuffed ad cannot flood the counts. Plain Java; one instance is
 * immutable and may be shared by threads.
 */
public final class CandidateExtractor {
    public static final int MAX_PER_POSTING = 20;

    /** The result for one posting: its candidates (distinct keys) and the aliases it wrote out. */
    public record Found(List<Candidate> candidates, List<Alias> aliases) {
        public Found {
            candidates = List.copyOf(candidates);
            aliases = List.copyOf(aliases);
        }
    }

    /** A token: letters and digits, with the inner punctuation tool names use (Node.js, C++, C#, GPT-4, CI/CD). */
    private static final Pattern TOKEN = Pattern.compile("\\.?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[.\\-_'](?=[\\p{L}\\p{N}]))*(?:\\+\\+|#)?");
    private static final Pattern URL_OR_EMAIL = Pattern.compile("\\S+@\\S+|(?i)https?://\\S+|(?i)www\\.\\S+");
    private static final Pattern CAMEL = Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&]{1,5}s?");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("(?=.*\\p{L})(?=.*\\p{N})[\\p{L}\\p{N}.\\-_]+");
    private static final Pattern NUMBERISH = Pattern.compile(
            "(?i)\\d+(st|nd|rd|th|k|m|b|x|s|yrs?|hrs?|h|gb|tb|mb|pm|am|\\+|%)?|\\d+[-/]\\d+|\\d+x\\d+");
    private static final Pattern DOTTED = Pattern.compile("(?i)\\.?[\\p{L}\\p{N}]+\\.(js|ts|net|io|ai|py|rs|jl)");
    private static final Pattern PLUS_OR_SHARP = Pattern.compile("\\p{L}{1,3}(\\+\\+|#)");
    private static final Pattern TOOL_SUFFIX = Pattern.compile("\\p{Lu}\\p{L}+(DB|Db|SQL|QL|Flow|Ops|ML|AI|Lake|Hub|Kit)");
    /** Heads that make a lower-case enumeration item a technology rather than a quality ("vector databases"). */
    private static final Set<String> TECH_HEADS = Set.of("database", "databases", "model", "models", "store", "stores",
            "engine", "engines", "framework", "frameworks", "library", "libraries", "platform", "platforms",
            "pipeline", "pipelines", "generation", "embedding", "embeddings", "search", "index", "indexes", "graph",
            "graphs", "warehouse", "warehouses", "lake", "lakes", "orchestration", "serving", "inference",
            "tuning", "fine-tuning", "engineering", "ops", "api", "apis", "sdk", "sdks", "cluster", "clusters");
    /** Words an acronym usually skips. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "from", "for", "and", "the", "to", "with", "in", "on",
            "by", "a", "an");
    /** "phrase (ACRONYM)" or "ACRONYM (phrase)". */
    private static final Pattern PHRASE_THEN_ACRONYM = Pattern.compile(
            "((?:[\\p{L}][\\p{L}\\p{N}]*[\\s-]+){1,4}[\\p{L}][\\p{L}\\p{N}]*)\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}]{1,6}s?)\\s*\\)");
    private static final Pattern ACRONYM_THEN_PHRASE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{Lu}\\p{N}]{1,6}s?)\\s*\\(\\s*((?:[\\p{L}][\\p{L}\\p{N}]*[\\s-]+){1,4}[\\p{L}][\\p{L}\\p{N}]*)\\s*\\)");

    private final Set<String> known;
    private final Set<String> knownWords;
    private final Set<String> stop;

    public CandidateExtractor(Taxonomy taxonomy) {
        this(taxonomy, loadStopWords());
    }

    CandidateExtractor(Taxonomy taxonomy, Set<String> stopWords) {
        Set<String> surfaces = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Term term : taxonomy.terms()) {
            List<String> forms = new ArrayList<>(term.surfaces());
            forms.add(term.label());
            for (String form : forms) {
                String key = Words.joined(form);
                surfaces.add(key);
                surfaces.add(singular(key));
                if (key.indexOf(' ') < 0) {
                    words.add(key);
                }
            }
        }
        this.known = Set.copyOf(surfaces);
        this.knownWords = Set.copyOf(words);
        this.stop = Set.copyOf(stopWords);
    }

    /** The candidates of a posting; {@code description} may be HTML; {@code company} (may be null) is left out. */
    public Found find(String title, String description, String company) {
        // Addresses name no skill, and their dotted parts look like tool names ("acme.ai").
        String text = URL_OR_EMAIL.matcher((title == null ? "" : title + "\n") + HtmlText.toText(description))
                .replaceAll(" ");
        Set<String> excluded = new HashSet<>();
        if (company != null && !company.isBlank()) {
            String c = Words.joined(company);
            excluded.add(c);
            excluded.addAll(List.of(c.split(" ")));
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        List<Alias> aliases = new ArrayList<>();
        Set<String> expansions = new HashSet<>();
        collectAliases(text, aliases, expansions);
        for (String clause : text.split("[\\n\\r;:!?•·|]+|\\.(?=\\s|$)")) {
            scanClause(clause, excluded, expansions, found);
        }
        List<Candidate> list = new ArrayList<>(found.values());
        return new Found(list.size() > MAX_PER_POSTING ? list.subList(0, MAX_PER_POSTING) : list, aliases);
    }

    private void collectAliases(String text, List<Alias> aliases, Set<String> expansions) {
        Matcher m = PHRASE_THEN_ACRONYM.matcher(text);
        while (m.find()) {
            addAlias(m.group(2), m.group(1), aliases, expansions);
        }
        m = ACRONYM_THEN_PHRASE.matcher(text);
        while (m.find()) {
            addAlias(m.group(1), m.group(2), aliases, expansions);
        }
    }

    /**
     * Keeps the shortest tail of {@code phrase} whose initials spell {@code acronym}, with or without its small
     * words ("reinforcement learning from human feedback" is RLHF), when there is one.
     */
    private void addAlias(String acronym, String phrase, List<Alias> aliases, Set<String> expansions) {
        String letters = (acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym)
                .toUpperCase(Locale.ROOT);
        List<String> words = List.of(phrase.strip().split("[\\s-]+"));
        for (int start = words.size() - 1; start >= 0; start--) {
            List<String> tail = words.subList(start, words.size());
            if (initials(tail, false).equals(letters) || initials(tail, true).equals(letters)) {
                String expansion = keyOf(String.join(" ", tail));
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
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** One clause: its enumerations give company-based candidates; every token is tried for a tool's shape. */
    private void scanClause(String clause, Set<String> excluded, Set<String> expansions, Map<String, Candidate> found) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(clause);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (hasToolShape(token) && !inKnownPhrase(tokens, i)) {
                offer(token, excluded, expansions, found);
            }
        }
        for (List<String> items : enumerations(clause)) {
            boolean techList = items.stream().anyMatch(item -> isKnown(item) || hasToolShape(item));
            if (!techList) {
                continue;
            }
            for (String item : items) {
                if (isEnumerationCandidate(item)) {
                    offer(item, excluded, expansions, found);
                }
            }
        }
    }

    private void offer(String label, Set<String> excluded, Set<String> expansions, Map<String, Candidate> found) {
        String cleaned = label.strip();
        String key = keyOf(cleaned);
        if (key.isEmpty() || key.length() > 40 || stop.contains(key) || stop.contains(Words.joined(cleaned))
                || excluded.contains(key) || expansions.contains(key) || isKnown(cleaned)) {
            return;
        }
        found.putIfAbsent(key, new Candidate(key, cleaned));
    }

    /** True when the token with a neighbour or two is a taxonomy surface: "CI" of "CI/CD", "ML" of "ML Ops". */
    private boolean inKnownPhrase(List<String> tokens, int i) {
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            for (int to = i + 1; to <= Math.min(tokens.size(), from + 3); to++) {
                if (to - from > 1 && known.contains(Words.joined(String.join(" ", tokens.subList(from, to))))) {
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
        // A name made of the taxonomy's words ("AWS SageMaker" is still AWS) is not beyond the guide.
        for (String word : joined.split(" ")) {
            if (joined.indexOf(' ') > 0 && knownWords.contains(word) && word.length() > 1) {
                return true;
            }
        }
        return false;
    }

    static boolean hasToolShape(String token) {
        if (token.length() < 2 || token.length() > 30 || NUMBERISH.matcher(token).matches()) {
            return false;
        }
        return CAMEL.matcher(token).matches()
                || ACRONYM.matcher(token).matches()
                || (LETTERS_AND_DIGITS.matcher(token).matches() && Character.isLetter(token.charAt(0)))
                || DOTTED.matcher(token).matches()
                || PLUS_OR_SHARP.matcher(token).matches()
                || TOOL_SUFFIX.matcher(token).matches();
    }

    /**
     * An item that counts from the list it is in: a capitalised name of up to three words ("Snowflake", "Azure Data
     * Factory"), a single lower-case word that is no ordinary English shape (one word, at least three letters), or a
     * lower-case phrase of up to three words ending in a technology head ("vector databases").
     */
    private static boolean isEnumerationCandidate(String item) {
        String[] words = item.strip().split("\\s+");
        if (words.length == 0 || words.length > 3 || words[0].isEmpty()) {
            return false;
        }
        boolean capitalised = true;
        for (String w : words) {
            capitalised &= Character.isUpperCase(w.charAt(0)) || hasToolShape(w);
        }
        if (capitalised) {
            return true;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length > 1 && TECH_HEADS.contains(head);
    }

    /**
     * The enumerations of a clause: runs of at least two items separated by commas, slashes, "and", "or", each item
     * at most three words, after the words that introduce them ("experience with", "such as", "e.g.").
     */
    static List<List<String>> enumerations(String clause) {
        String s = clause.replaceAll("\\(([^()]*)\\)", ", $1,")
                .replaceAll("(?i)\\b(e\\.g|i\\.e|etc)\\.?", ",")
                .replaceAll("(?i)\\b(as well as|and/or|and|or|plus)\\b", ",")
                .replaceAll("(?<=\\s)/(?=\\s)|(?<=\\p{L})/(?=\\p{Lu})", ",")
                .replaceAll("\\s*&\\s*", ",");
        List<List<String>> lists = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String[] parts = s.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            String[] words = part.split("\\s+");
            if (words.length <= 3) {
                run.add(part);
                continue;
            }
            // A long part ends a run, but its last three words may be the first item of the next one
            // ("Experience with Snowflake" → "Snowflake").
            if (run.size() >= 2) {
                lists.add(run);
            }
            run = new ArrayList<>();
            run.add(lastWords(words, i + 1 < parts.length ? 1 : 0));
        }
        if (run.size() >= 2) {
            lists.add(run);
        }
        lists.replaceAll(items -> items.stream().filter(x -> !x.isEmpty()).toList());
        return lists;
    }

    /** The last word of a long part that opens a list ("experience with Snowflake"), or nothing at the end. */
    private static String lastWords(String[] words, int n) {
        return n == 0 ? "" : words[words.length - 1];
    }

    /** The counting key: lower case, single-spaced, an acronym's plural and a phrase's plural head dropped. */
    static String keyOf(String label) {
        String s = label.strip();
        if (ACRONYM.matcher(s).matches() && s.endsWith("s") && s.length() > 2) {
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

package dev.skillpulse.core.taxonomy;

import dev.skillpulse.core.taxonomy.LocatedJson.Node;
import dev.skillpulse.core.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms SkillPulse looks for, loaded from a versioned JSON file (the bundled one by default).
 * The format is described in docs/extractor.md; every problem is reported as {@code file:line: reason}.
 */
public final class Taxonomy {
    public static final String BUNDLED = "/dev/skillpulse/core/taxonomy.json";
    public static final Set<String> TYPES = Set.of("skill", "tool", "concept", "soft skill", "specialization",
            "certification", "education", "experience");
    private static final Set<String> TERM_KEYS = Set.of("id", "label", "type", "category", "surfaces");
    private static final Set<String> SURFACE_KEYS = Set.of("text", "case", "requires", "notFollowedBy",
            "notPrecededBy", "notAfterNumber", "unless", "degreePhrase");
    private static final Set<String> REQUIRES_KEYS = Set.of("terms", "words", "window", "scope");
    private static final Set<String> DEGREE_PHRASE_KEYS = Set.of("degreeTerms", "opening", "closing", "linking");

    /** A term id named by a rule, checked once all terms are read. */
    private record RuleRef(String rule, Node node) {
    }

    private final int version;
    private final Map<String, Term> terms;
    private final String digest;
    private final DegreePhrases degreePhrases;
    private final Map<String, List<String>> groups;

    private Taxonomy(int version, Map<String, Term> terms, String digest, DegreePhrases degreePhrases,
            Map<String, List<String>> groups) {
        this.version = version;
        this.terms = Collections.unmodifiableMap(terms);
        this.digest = digest;
        this.degreePhrases = degreePhrases;
        this.groups = Collections.unmodifiableMap(groups);
    }

    /** How error messages name the bundled taxonomy. */
    public static final String BUNDLED_ORIGIN = "taxonomy.json (bundled)";

    public static Taxonomy bundled() {
        return parse(bundledJson(), BUNDLED_ORIGIN);
    }

    /** The bundled taxonomy's JSON text. */
    public static String bundledJson() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy load(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new TaxonomyException(file + ":0: cannot read: " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    /** Loads {@code file}, or the bundled taxonomy when it is null. */
    public static Taxonomy loadOrBundled(Path file) {
        return file == null ? bundled() : load(file);
    }

    /** Parses and checks a taxonomy; {@code origin} names it in error messages. */
    public static Taxonomy parse(String json, String origin) {
        Node root = LocatedJson.parse(json, origin);
        if (!root.isObject()) {
            throw new TaxonomyException(origin + ":" + root.line() + ": expected an object with 'version' and 'terms'");
        }
        Map<String, Node> top = root.object();
        Node version = top.get("version");
        if (version == null || !(version.value() instanceof Integer v) || v < 1) {
            throw new TaxonomyException(origin + ":" + (version == null ? root.line() : version.line())
                    + ": 'version' must be a positive integer");
        }
        Node list = top.get("terms");
        if (list == null || !(list.value() instanceof List)) {
            throw new TaxonomyException(origin + ":" + (list == null ? root.line() : list.line())
                    + ": 'terms' must be an array");
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<RuleRef> requireRefs = new ArrayList<>();
        for (Node node : list.array()) {
            Term term = term(node, origin, requireRefs);
            Integer first = lines.putIfAbsent(term.id(), node.line());
            if (first != null) {
                throw new TaxonomyException(origin + ":" + node.line() + ": duplicate id '" + term.id()
                        + "' (first at line " + first + ")");
            }
            terms.put(term.id(), term);
        }
        DegreePhrases degreePhrases = degreePhrases(top.get("degreePhrases"), origin, requireRefs);
        for (RuleRef ref : requireRefs) {
            if (!terms.containsKey((String) ref.node().value())) {
                throw new TaxonomyException(origin + ":" + ref.node().line() + ": rule '" + ref.rule()
                        + "' names unknown term '" + ref.node().value() + "'");
            }
        }
        boolean usesDegreePhrases = terms.values().stream().flatMap(t -> t.forms().stream())
                .anyMatch(f -> f.degreePhrase() != Surface.DegreePhrase.ANY);
        if (usesDegreePhrases && degreePhrases.degreeTerms().isEmpty() && degreePhrases.opening().isEmpty()
                && degreePhrases.closing().isEmpty()) {
            throw new TaxonomyException(origin + ":" + root.line()
                    + ": surfaces use 'degreePhrase' but 'degreePhrases' says nothing opens or closes one");
        }
        return new Taxonomy(v, terms, HexFormat.of().formatHex(Sha256.of(json)), degreePhrases,
                groups(top.get("groups"), terms, origin));
    }

    /**
     * Named groups of terms ({@code "groups": {"name": ["term-id", ...]}}, optional), such as the guide's MLOps and
     * production-engineering skills: the file names them so that a reading of the outlook changes with the file, not
     * with the code.
     */
    private static Map<String, List<String>> groups(Node node, Map<String, Term> terms, String origin) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (node == null) {
            return groups;
        }
        if (!node.isObject()) {
            throw fail(origin, node, "'groups' must be an object of group name to term ids");
        }
        for (Map.Entry<String, Node> e : node.object().entrySet()) {
            if (!e.getKey().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw fail(origin, e.getValue(), "group '" + e.getKey() + "' must be kebab-case");
            }
            if (!(e.getValue().value() instanceof List) || e.getValue().array().isEmpty()) {
                throw fail(origin, e.getValue(), "group '" + e.getKey() + "' must be a non-empty array of term ids");
            }
            List<String> ids = new ArrayList<>();
            for (Node ref : e.getValue().array()) {
                if (!(ref.value() instanceof String id) || !terms.containsKey(id)) {
                    throw fail(origin, ref, "group '" + e.getKey() + "' names unknown term '" + ref.value() + "'");
                }
                ids.add(id);
            }
            groups.put(e.getKey(), List.copyOf(ids));
        }
        return groups;
    }

    private static DegreePhrases degreePhrases(Node node, String origin, List<RuleRef> termRefs) {
        if (node == null) {
            return DegreePhrases.NONE;
        }
        if (!node.isObject()) {
            throw fail(origin, node, "'degreePhrases' must be an object");
        }
        Map<String, Node> o = node.object();
        unknownKeys(o, DEGREE_PHRASE_KEYS, origin, "degreePhrases");
        List<Node> degreeTerms = strings(o.get("degreeTerms"), origin, "degreePhrases", "degreeTerms");
        degreeTerms.forEach(n -> termRefs.add(new RuleRef("degreePhrases", n)));
        List<List<String>> phrases = new ArrayList<>();
        for (String key : List.of("opening", "closing", "linking")) {
            List<String> list = strings(o.get(key), origin, "degreePhrases", key).stream()
                    .map(n -> (String) n.value()).toList();
            for (String phrase : list) {
                checkPhrase(phrase, origin, o.get(key), "degreePhrases." + key);
            }
            phrases.add(list);
        }
        return new DegreePhrases(degreeTerms.stream().map(n -> (String) n.value()).toList(), phrases.get(0),
                phrases.get(1), phrases.get(2));
    }

    private static Term term(Node node, String origin, List<RuleRef> requireRefs) {
        if (!node.isObject()) {
            throw fail(origin, node, "a term must be an object");
        }
        Map<String, Node> o = node.object();
        unknownKeys(o, TERM_KEYS, origin, "term");
        String id = text(o, "id", node, origin);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fail(origin, o.get("id"), "id '" + id + "' must be kebab-case (a-z, 0-9, '-')");
        }
        String label = text(o, "label", node, origin);
        String type = text(o, "type", node, origin);
        if (!TYPES.contains(type)) {
            throw fail(origin, o.get("type"), "term '" + id + "': type '" + type + "' is not one of " + TYPES);
        }
        String category = text(o, "category", node, origin);
        if (!category.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fail(origin, o.get("category"), "term '" + id + "': category '" + category + "' must be kebab-case");
        }
        Node list = o.get("surfaces");
        if (list == null || !(list.value() instanceof List) || list.array().isEmpty()) {
            throw fail(origin, list == null ? node : list, "term '" + id + "': 'surfaces' must be a non-empty array");
        }
        List<Surface> forms = new ArrayList<>();
        for (Node s : list.array()) {
            forms.add(surface(s, origin, id, requireRefs));
        }
        return new Term(id, label, type, category, forms.stream().map(Surface::text).toList(), forms);
    }

    private static Surface surface(Node node, String origin, String id, List<RuleRef> requireRefs) {
        if (node.value() instanceof String s) {
            return checked(Surface.plain(s), origin, node, id);
        }
        if (!node.isObject()) {
            throw fail(origin, node, "term '" + id + "': a surface is a string or an object with 'text'");
        }
        Map<String, Node> o = node.object();
        unknownKeys(o, SURFACE_KEYS, origin, "surface");
        String text = text(o, "text", node, origin);
        boolean caseSensitive = false;
        Node c = o.get("case");
        if (c != null) {
            if ("sensitive".equals(c.value())) {
                caseSensitive = true;
            } else if (!"insensitive".equals(c.value())) {
                throw fail(origin, c, "surface '" + text + "': 'case' must be \"sensitive\" or \"insensitive\"");
            }
        }
        Surface.Corroboration requires = corroboration(o.get("requires"), "requires", origin, text, requireRefs);
        Surface.Corroboration unless = corroboration(o.get("unless"), "unless", origin, text, requireRefs);
        Surface.DegreePhrase degreePhrase = Surface.DegreePhrase.ANY;
        Node dp = o.get("degreePhrase");
        if (dp != null) {
            if ("inside".equals(dp.value())) {
                degreePhrase = Surface.DegreePhrase.INSIDE;
            } else if ("outside".equals(dp.value())) {
                degreePhrase = Surface.DegreePhrase.OUTSIDE;
            } else {
                throw fail(origin, dp, "surface '" + text + "': 'degreePhrase' must be \"inside\" or \"outside\"");
            }
        }
        List<String> notFollowedBy = strings(o.get("notFollowedBy"), origin, text, "notFollowedBy").stream()
                .map(n -> (String) n.value()).toList();
        List<String> notPrecededBy = strings(o.get("notPrecededBy"), origin, text, "notPrecededBy").stream()
                .map(n -> (String) n.value()).toList();
        boolean notAfterNumber = false;
        Node nan = o.get("notAfterNumber");
        if (nan != null) {
            if (!(nan.value() instanceof Boolean b)) {
                throw fail(origin, nan, "surface '" + text + "': 'notAfterNumber' must be true or false");
            }
            notAfterNumber = b;
        }
        for (String phrase : notFollowedBy) {
            checkPhrase(phrase, origin, node, text);
        }
        for (String phrase : notPrecededBy) {
            checkPhrase(phrase, origin, node, text);
        }
        return checked(new Surface(text, caseSensitive, requires, notFollowedBy, notPrecededBy, notAfterNumber,
                unless, degreePhrase), origin, node, id);
    }

    /** A 'requires' or 'unless' object: terms and words nearby, within 'window' chars or the sentence ('scope'). */
    private static Surface.Corroboration corroboration(Node r, String key, String origin, String text,
            List<RuleRef> termRefsOut) {
        if (r == null) {
            return null;
        }
        if (!r.isObject()) {
            throw fail(origin, r, "surface '" + text + "': '" + key + "' must be an object");
        }
        unknownKeys(r.object(), REQUIRES_KEYS, origin, key);
        List<Node> termRefs = strings(r.object().get("terms"), origin, text, key + ".terms");
        termRefs.forEach(n -> termRefsOut.add(new RuleRef(key, n)));
        List<String> words = strings(r.object().get("words"), origin, text, key + ".words").stream()
                .map(n -> (String) n.value()).toList();
        if (termRefs.isEmpty() && words.isEmpty()) {
            throw fail(origin, r, "surface '" + text + "': '" + key + "' needs 'terms' or 'words'");
        }
        int window = Surface.Corroboration.DEFAULT_WINDOW;
        Node w = r.object().get("window");
        if (w != null) {
            if (!(w.value() instanceof Integer wi) || wi < 1 || wi > 100_000) {
                throw fail(origin, w, "surface '" + text + "': 'window' must be an integer from 1 to 100000");
            }
            window = wi;
        }
        boolean sentence = false;
        Node scope = r.object().get("scope");
        if (scope != null) {
            if (!"sentence".equals(scope.value())) {
                throw fail(origin, scope, "surface '" + text + "': 'scope' must be \"sentence\"");
            }
            sentence = true;
        }
        for (String word : words) {
            checkText(word, origin, r, "surface '" + text + "': word");
        }
        return new Surface.Corroboration(termRefs.stream().map(n -> (String) n.value()).toList(), words, window,
                sentence);
    }

    private static Surface checked(Surface s, String origin, Node node, String id) {
        checkText(s.text(), origin, node, "term '" + id + "': surface");
        return s;
    }

    private static void checkText(String text, String origin, Node node, String what) {
        String problem = Normalizer.problem(text, true);
        if (problem != null) {
            throw fail(origin, node, what + " '" + text + "': " + problem);
        }
    }

    private static void checkPhrase(String phrase, String origin, Node node, String surface) {
        String problem = Normalizer.problem(phrase, false);
        if (problem != null) {
            throw fail(origin, node, "surface '" + surface + "': phrase '" + phrase + "': " + problem);
        }
    }

    private static List<Node> strings(Node n, String origin, String surface, String key) {
        if (n == null) {
            return List.of();
        }
        if (!(n.value() instanceof List)) {
            throw fail(origin, n, "surface '" + surface + "': '" + key + "' must be an array of strings");
        }
        for (Node e : n.array()) {
            if (!(e.value() instanceof String s) || s.isBlank()) {
                throw fail(origin, e, "surface '" + surface + "': '" + key + "' must hold non-empty strings");
            }
        }
        return n.array();
    }

    private static String text(Map<String, Node> o, String field, Node owner, String origin) {
        Node n = o.get(field);
        if (n == null) {
            throw fail(origin, owner, "missing field '" + field + "'");
        }
        if (!(n.value() instanceof String s) || s.isBlank()) {
            throw fail(origin, n, "field '" + field + "' must be a non-empty string");
        }
        return s;
    }

    private static void unknownKeys(Map<String, Node> o, Set<String> allowed, String origin, String what) {
        for (Map.Entry<String, Node> e : o.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw fail(origin, e.getValue(), "unknown " + what + " field '" + e.getKey() + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private static TaxonomyException fail(String origin, Node at, String reason) {
        return new TaxonomyException(origin + ":" + at.line() + ": " + reason);
    }

    public int version() {
        return version;
    }

    /**
     * SHA-256 of the taxonomy's JSON text, in hex: it changes whenever the file does, version number or not, so
     * whatever was derived with one taxonomy can be told from what another would give.
     */
    public String digest() {
        return digest;
    }

    /** What opens and closes a degree phrase, for surfaces with a 'degreePhrase' rule. */
    public DegreePhrases degreePhrases() {
        return degreePhrases;
    }

    public Collection<Term> terms() {
        return terms.values();
    }

    /** The named groups of term ids, in file order (empty when the file names none). */
    public Map<String, List<String>> groups() {
        return groups;
    }

    /** The term ids of one named group; empty when the file does not name it. */
    public List<String> group(String name) {
        return groups.getOrDefault(name, List.of());
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }
}

package dev.skillpulse.core.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The terms SkillPulse looks for, loaded from a versioned JSON file (the bundled one by default). */
public final class Taxonomy {
    public static final String BUNDLED = "/dev/skillpulse/core/taxonomy.json";

    private final int version;
    private final Map<String, Term> terms;

    private Taxonomy(int version, Map<String, Term> terms) {
        this.version = version;
        this.terms = terms;
    }

    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new TaxonomyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads {@code file}, or the bundled taxonomy when it is null. */
    public static Taxonomy loadOrBundled(Path file) {
        return file == null ? bundled() : load(file);
    }

    static Taxonomy parse(String json, String origin) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TaxonomyException(origin + ":" + (at == null ? "?" : at.getLineNr()) + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("terms").isArray()) {
            throw new TaxonomyException(origin + ":1: expected an object with a 'terms' array");
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.path("terms")) {
            Term term = term(node, origin, index++);
            if (terms.putIfAbsent(term.id(), term) != null) {
                throw new TaxonomyException(origin + ": term #" + index + ": duplicate id '" + term.id() + "'");
            }
        }
        return new Taxonomy(root.path("version").asInt(1), terms);
    }

    private static Term term(JsonNode node, String origin, int index) {
        String where = origin + ": term #" + (index + 1);
        for (String field : List.of("id", "label", "type", "category")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                throw new TaxonomyException(where + ": missing text field '" + field + "'");
            }
        }
        List<String> surfaces = new ArrayList<>();
        node.path("surfaces").forEach(s -> surfaces.add(s.asText()));
        if (surfaces.isEmpty()) {
            surfaces.add(node.path("label").asText());
        }
        return new Term(node.path("id").asText(), node.path("label").asText(), node.path("type").asText(),
                node.path("category").asText(), surfaces);
    }

    public int version() {
        return version;
    }

    public Collection<Term> terms() {
        return terms.values();
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }
}

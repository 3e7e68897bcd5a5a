package dev.skillpulse.core.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user-owned file of extra terms layered on the guide's taxonomy (the bundled one or {@code --taxonomy}): the same
 * term format ({@code {"version": 1, "terms": [...]}}, docs/extractor.md), but it may only add terms, never redefine
 * one of the base. The layered taxonomy is the base's JSON with the overlay's terms appended to its {@code terms};
 * its {@link Taxonomy#digest()} is that text's, so adding a term changes the digest (and with it the topology
 * generation a rebuild runs under). Without an overlay, or with an empty one, the base is used as it is.
 */
public final class TaxonomyOverlay {
    /** The overlay's file name in a state dir. */
    public static final String FILE_NAME = "taxonomy-overlay.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP_KEYS = Set.of("version", "terms");

    /** A term to add: {@code id} kebab-case (see {@link #idOf}), at least one surface. */
    public record NewTerm(String id, String label, String type, String category, List<String> surfaces) {
        /** Refuses, with a message naming the field, what the taxonomy format would refuse. */
        public NewTerm {
            surfaces = List.copyOf(surfaces);
            if (id.isEmpty() || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new BadField("key", "'" + id + "' gives no term id (letters or digits needed)");
            }
            if (label.isBlank()) {
                throw new BadField("label", "must not be blank");
            }
            if (!Taxonomy.TYPES.contains(type)) {
                throw new BadField("type", "'" + type + "' is not one of "
                        + Taxonomy.TYPES.stream().sorted().toList());
            }
            if (!category.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new BadField("category", "'" + category + "' must be kebab-case (a-z, 0-9, '-')");
            }
            if (surfaces.isEmpty() || surfaces.stream().anyMatch(String::isBlank)) {
                throw new BadField("surfaces", "give at least one, none blank");
            }
        }


        /** A candidate key ("langchain", "vector database", "Node.js") as a term id: "langchain", "vector-database". */
        public static String idOf(String key) {
            String id = key.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            return id.replaceAll("^-+|-+$", "");
        }
    }

    /** A field of a {@link NewTerm} the taxonomy format would refuse, named for callers (the CLI, the API). */
    public static final class BadField extends IllegalArgumentException {
        private final String field;

        BadField(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private TaxonomyOverlay() {
    }

    /** The base ({@code base}, or the bundled taxonomy when null) with {@code overlay}'s terms when that file exists. */
    public static Taxonomy load(Path base, Path overlay) {
        return Taxonomy.parse(layeredJson(base, overlay), origin(base, overlay));
    }

    /** The layered taxonomy's JSON text: the base's own text when {@code overlay} is null, absent or empty. */
    public static String layeredJson(Path base, Path overlay) {
        String baseJson = baseJson(base);
        if (overlay == null || !Files.exists(overlay)) {
            return baseJson;
        }
        return layer(baseJson, origin(base, null), readOverlay(overlay), overlay.toString());
    }

    /**
     * Adds {@code term} to {@code overlay} (created when absent; replaced atomically) and returns the layered
     * taxonomy. Refuses, with a {@link TaxonomyException} naming the file, an id that the base or the overlay
     * already has, and a term the taxonomy format does not accept; the file is then left as it was.
     */
    public static synchronized Taxonomy add(Path base, Path overlay, NewTerm term) {
        ObjectNode file = Files.exists(overlay) ? readOverlay(overlay) : emptyOverlay();
        ArrayNode terms = (ArrayNode) file.get("terms");
        for (JsonNode t : terms) {
            if (term.id().equals(t.path("id").asText())) {
                throw new TaxonomyException(overlay + ": term '" + term.id() + "' is already in this overlay");
            }
        }
        ObjectNode node = terms.addObject();
        node.put("id", term.id()).put("label", term.label()).put("type", term.type()).put("category", term.category());
        term.surfaces().forEach(node.putArray("surfaces")::add);
        String overlayJson = text(file);
        // Checked with the base before anything is written: a refused term leaves the file untouched.
        String layered = layer(baseJson(base), origin(base, null), file, overlay.toString());
        Taxonomy taxonomy = Taxonomy.parse(layered, origin(base, overlay));
        writeAtomically(overlay, overlayJson);
        return taxonomy;
    }

    /**
     * Takes the term {@code id} out of {@code overlay} again (replaced atomically): a promotion whose rebuild could not
     * start leaves the overlay as it was. Nothing happens when the overlay has no such term.
     */
    public static synchronized void remove(Path overlay, String id) {
        if (!Files.exists(overlay)) {
            return;
        }
        ObjectNode file = readOverlay(overlay);
        ArrayNode terms = (ArrayNode) file.get("terms");
        for (int i = 0; i < terms.size(); i++) {
            if (id.equals(terms.get(i).path("id").asText())) {
                terms.remove(i);
                writeAtomically(overlay, text(file));
                return;
            }
        }
    }

    /**
     * Writes the layered taxonomy to {@code dir} as {@code taxonomy-<first 12 hex of its digest>.json} (kept when it
     * is there already) for a topology, which reads its taxonomy from a file, and returns the file.
     */
    public static Path writeLayered(Path base, Path overlay, Path dir) throws IOException {
        String json = layeredJson(base, overlay);
        Taxonomy taxonomy = Taxonomy.parse(json, origin(base, overlay));
        Path file = dir.resolve("taxonomy-" + taxonomy.digest().substring(0, 12) + ".json");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            writeAtomically(file, json);
        }
        return file;
    }

    private static String layer(String baseJson, String baseOrigin, ObjectNode overlay, String overlayOrigin) {
        ArrayNode extra = (ArrayNode) overlay.get("terms");
        if (extra.isEmpty()) {
            return baseJson;
        }
        ObjectNode layered;
        try {
            layered = (ObjectNode) JSON.readTree(baseJson);
        } catch (JsonProcessingException | ClassCastException e) {
            // The base was parsed before as a taxonomy: this only happens with a base that is not one.
            throw new TaxonomyException(baseOrigin + ":0: not a taxonomy object: " + e.getMessage(), e);
        }
        Set<String> ids = new HashSet<>();
        layered.withArray("terms").forEach(t -> ids.add(t.path("id").asText()));
        for (JsonNode t : extra) {
            String id = t.path("id").asText();
            if (ids.contains(id)) {
                throw new TaxonomyException(overlayOrigin + ": term '" + id + "' is already in the guide's taxonomy ("
                        + baseOrigin + "): an overlay only adds terms; choose another id");
            }
            layered.withArray("terms").add(t);
        }
        return text(layered);
    }

    private static ObjectNode readOverlay(Path overlay) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(overlay, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TaxonomyException(overlay + ":0: cannot read the taxonomy overlay: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("terms").isArray()) {
            throw new TaxonomyException(overlay + ":1: a taxonomy overlay is an object with a 'terms' array");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_KEYS.contains(key)) {
                throw new TaxonomyException(overlay + ": unknown overlay field '" + key + "' (allowed: "
                        + TOP_KEYS.stream().sorted().toList() + ")");
            }
        });
        return (ObjectNode) root;
    }

    private static ObjectNode emptyOverlay() {
        ObjectNode file = JSON.createObjectNode();
        file.put("version", 1);
        file.putArray("terms");
        return file;
    }

    private static String baseJson(Path base) {
        if (base == null) {
            return Taxonomy.bundledJson();
        }
        try {
            return Files.readString(base, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaxonomyException(base + ":0: cannot read: " + e.getMessage(), e);
        }
    }

    private static String origin(Path base, Path overlay) {
        String baseName = base == null ? Taxonomy.BUNDLED_ORIGIN : base.toString();
        return overlay == null || !Files.exists(overlay) ? baseName : overlay + " layered on " + baseName;
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new TaxonomyException(file + ":0: cannot write: " + e.getMessage(), e);
        }
    }
}

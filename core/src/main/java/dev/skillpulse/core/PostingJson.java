package dev.skillpulse.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one JSON form of a posting, shared by the loader, the topology and the tests.
 * Parsing is lenient about extra fields (sources add their own) and strict about {@code id} and {@code postedAt}.
 */
public final class PostingJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Posting parse(String json) throws InvalidPostingException {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidPostingException(null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidPostingException(null, "not a JSON object");
        }
        return fromNode(node);
    }

    public Posting fromNode(JsonNode node) throws InvalidPostingException {
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidPostingException("id", "missing field 'id'");
        }
        if (node.path("deleted").asBoolean(false)) {
            return Posting.deletion(id);
        }
        LocalDate postedAt = date(node);
        JsonNode loc = node.path("location");
        Location location = loc.isObject()
                ? new Location(text(loc, "city"), text(loc, "region"), text(loc, "country"))
                : Location.UNKNOWN;
        return new Posting(id, text(node, "title"), text(node, "company"), location, postedAt,
                text(node, "description"), text(node, "url"), text(node, "source"), false);
    }

    public String write(Posting p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", p.id());
        if (p.deleted()) {
            node.put("deleted", true);
            return node.toString();
        }
        putIfPresent(node, "title", p.title());
        putIfPresent(node, "company", p.company());
        Location l = p.location();
        if (l.city() != null || l.region() != null || l.country() != null) {
            ObjectNode loc = node.putObject("location");
            putIfPresent(loc, "city", l.city());
            putIfPresent(loc, "region", l.region());
            putIfPresent(loc, "country", l.country());
        }
        node.put("postedAt", p.postedAt().toString());
        putIfPresent(node, "description", p.description());
        putIfPresent(node, "url", p.url());
        putIfPresent(node, "source", p.source());
        return node.toString();
    }

    private static LocalDate date(JsonNode node) throws InvalidPostingException {
        String raw = text(node, "postedAt");
        if (raw == null || raw.isBlank()) {
            throw new InvalidPostingException("postedAt", "missing field 'postedAt'");
        }
        try {
            return raw.length() > 10 ? OffsetDateTime.parse(raw).toLocalDate() : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidPostingException("postedAt", "unparseable date in 'postedAt': " + raw);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}

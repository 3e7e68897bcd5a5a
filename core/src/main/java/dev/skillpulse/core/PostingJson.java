package dev.skillpulse.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
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
                text(node, "description"), text(node, "url"), text(node, "source"), text(node, "employmentType"),
                node.path("remote").isBoolean() ? node.get("remote").asBoolean() : null,
                optionalDate(node, "validThrough"), salary(node.path("salary")), text(node, "industry"), false);
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
        putIfPresent(node, "employmentType", p.employmentType());
        putIfPresent(node, "industry", p.industry());
        if (p.remote() != null) {
            node.put("remote", p.remote());
        }
        if (p.validThrough() != null) {
            node.put("validThrough", p.validThrough().toString());
        }
        if (p.salary() != null) {
            node.set("salary", mapper.valueToTree(p.salary()));
        }
        return node.toString();
    }

    private static LocalDate date(JsonNode node) throws InvalidPostingException {
        String raw = text(node, "postedAt");
        if (raw == null || raw.isBlank()) {
            throw new InvalidPostingException("postedAt", "missing field 'postedAt'");
        }
        try {
            return parseDate(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidPostingException("postedAt", "unparseable date in 'postedAt': " + raw);
        }
    }

    private static LocalDate optionalDate(JsonNode node, String field) {
        String raw = text(node, field);
        try {
            return raw == null || raw.isBlank() ? null : parseDate(raw);
        } catch (DateTimeParseException e) {
            return null; // optional field: a bad value is dropped, not a reason to lose the posting
        }
    }

    /** An ISO date, or the date part of an ISO date-time (any offset or none). */
    public static LocalDate parseDate(String raw) {
        String s = raw.strip();
        return LocalDate.parse(s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') ? s.substring(0, 10) : s);
    }

    private Salary salary(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new Salary(node.path("min").isNumber() ? node.get("min").decimalValue() : null,
                node.path("max").isNumber() ? node.get("max").decimalValue() : null,
                text(node, "currency"), text(node, "unit"));
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

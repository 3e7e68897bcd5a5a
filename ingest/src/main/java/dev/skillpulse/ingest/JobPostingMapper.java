package dev.skillpulse.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps one schema.org {@code JobPosting} object to a {@link Posting} (see docs/data.md for the field table). */
final class JobPostingMapper {
    private final PostingJson json = new PostingJson();

    /** True for {@code "@type": "JobPosting"} (also a prefixed or full IRI, or inside a type array). */
    static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isJobPostingType(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return isJobPostingType(type.asText());
    }

    private static boolean isJobPostingType(String type) {
        return type.equals("JobPosting") || type.endsWith(":JobPosting") || type.endsWith("/JobPosting");
    }

    Posting toPosting(JsonNode node) throws InvalidPostingException {
        String id = identifier(first(node.path("identifier")));
        if (id == null) {
            id = text(node.path("url"));
        }
        if (id == null) {
            throw new InvalidPostingException("id", "missing field 'identifier' (and no 'url' to use instead)");
        }
        String posted = text(node.path("datePosted"));
        if (posted == null) {
            throw new InvalidPostingException("postedAt", "missing field 'datePosted'");
        }
        try {
            PostingJson.parseDate(posted);
        } catch (DateTimeParseException e) {
            throw new InvalidPostingException("postedAt", "unparseable date in 'datePosted': " + posted);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", id);
        out.put("postedAt", posted);
        putText(out, "title", node.path("title"));
        JsonNode org = first(node.path("hiringOrganization"));
        putText(out, "company", org.isObject() ? org.path("name") : org);
        JsonNode address = first(first(node.path("jobLocation")).path("address"));
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        if (address.isObject()) {
            putText(location, "city", address.path("addressLocality"));
            putText(location, "region", address.path("addressRegion"));
            JsonNode country = first(address.path("addressCountry"));
            putText(location, "country", country.isObject() ? country.path("name") : country);
        } else {
            putText(location, "city", address);
        }
        if (!location.isEmpty()) {
            out.set("location", location);
        }
        putText(out, "description", node.path("description"));
        putText(out, "url", node.path("url"));
        putText(out, "validThrough", node.path("validThrough"));
        // schema.org industry: Text, or a DefinedTerm with a name
        JsonNode industry = first(node.path("industry"));
        putText(out, "industry", industry.isObject() ? industry.path("name") : industry);
        List<String> types = texts(node.path("employmentType"));
        if (!types.isEmpty()) {
            out.put("employmentType", String.join(", ", types));
        }
        if (texts(node.path("jobLocationType")).stream().anyMatch(t -> t.equalsIgnoreCase("TELECOMMUTE"))) {
            out.put("remote", true);
        }
        ObjectNode salary = salary(first(node.path("baseSalary")));
        if (salary != null) {
            out.set("salary", salary);
        }
        return json.fromNode(out);
    }

    private static ObjectNode salary(JsonNode amount) {
        if (!amount.isObject()) {
            return null;
        }
        ObjectNode salary = JsonNodeFactory.instance.objectNode();
        JsonNode value = first(amount.path("value"));
        BigDecimal min;
        BigDecimal max;
        if (value.isObject()) {
            BigDecimal single = number(value.path("value"));
            min = number(value.path("minValue"));
            max = number(value.path("maxValue"));
            min = min == null ? single : min;
            max = max == null ? single : max;
            putText(salary, "unit", value.path("unitText"));
        } else {
            min = number(value);
            max = min;
        }
        if (min != null) {
            salary.put("min", min);
        }
        if (max != null) {
            salary.put("max", max);
        }
        putText(salary, "currency", amount.path("currency"));
        if (!salary.has("unit")) {
            putText(salary, "unit", amount.path("unitText"));
        }
        if (salary.has("unit")) {
            salary.put("unit", salary.get("unit").asText().toUpperCase(Locale.ROOT));
        }
        return salary.isEmpty() ? null : salary;
    }

    private static String identifier(JsonNode id) {
        if (id.isObject()) {
            JsonNode value = id.has("value") ? id.path("value") : id.path("@value");
            return text(value.isMissingNode() ? id.path("@id") : value);
        }
        return text(id);
    }

    /** The node itself, or the first element of an array. */
    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static List<String> texts(JsonNode node) {
        List<String> all = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                String t = text(n);
                if (t != null) {
                    all.add(t);
                }
            });
        } else if (text(node) != null) {
            all.add(text(node));
        }
        return all;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static void putText(ObjectNode out, String field, JsonNode value) {
        String t = text(value);
        if (t != null) {
            out.put(field, t);
        }
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String t = text(node);
        try {
            return t == null ? null : new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

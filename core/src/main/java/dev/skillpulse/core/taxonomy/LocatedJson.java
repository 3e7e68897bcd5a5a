package dev.skillpulse.core.taxonomy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON tree whose every value remembers the line it starts on, so load errors can say "file:line: reason". */
final class LocatedJson {
    /** A value: a Map of Node, a List of Node, a String, a Number, a Boolean or null; and its line. */
    record Node(Object value, int line) {
        boolean isObject() {
            return value instanceof Map;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> object() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> array() {
            return (List<Node>) value;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private LocatedJson() {
    }

    static Node parse(String json, String origin) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new TaxonomyException(origin + ":1: empty file");
            }
            Node root = value(p, origin);
            if (p.nextToken() != null) {
                throw new TaxonomyException(origin + ":" + line(p) + ": unexpected content after the top-level value");
            }
            return root;
        } catch (JsonParseException e) {
            throw new TaxonomyException(origin + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TaxonomyException(origin + ":1: " + e.getMessage(), e);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static Node value(JsonParser p, String origin) throws IOException {
        int line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = line(p);
                    p.nextToken();
                    if (map.put(name, value(p, origin)) != null) {
                        throw new TaxonomyException(origin + ":" + keyLine + ": duplicate key '" + name + "'");
                    }
                }
                return new Node(map, line);
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, origin));
                }
                return new Node(list, line);
            }
            case VALUE_STRING:
                return new Node(p.getText(), line);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getNumberValue(), line);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(p.getBooleanValue(), line);
            default:
                return new Node(null, line);
        }
    }
}

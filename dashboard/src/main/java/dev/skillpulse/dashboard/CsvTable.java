package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 4180 CSV of any list of rows (records or maps) as JSON would show them: one column per field, nested objects
 * flattened to {@code parent.child}, lists joined with {@code |}; CRLF line ends, fields quoted when they must be.
 * Every list endpoint answers through {@link #answer}, so JSON and CSV never drift apart.
 */
final class CsvTable {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CsvTable() {
    }

    /** True when the caller asked for CSV: {@code format=csv} or an Accept header preferring text/csv. */
    static boolean wanted(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            if (format.strip().equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.strip().equalsIgnoreCase("json")) {
                return false;
            }
            throw new ApiError(400, "format", "'format' must be json or csv, got '" + format + "'");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase().startsWith("text/csv");
    }

    /** Answers {@code body} as JSON, or {@code rows} as CSV named {@code name}.csv when CSV was asked for. */
    static void answer(Context ctx, Object body, List<?> rows, String name) {
        if (wanted(ctx)) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"skillpulse-" + name + ".csv\"")
                    .result(write(rows));
        } else {
            ctx.json(body);
        }
    }

    static String write(List<?> rows) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", MAPPER.valueToTree(row), cells);
            header.addAll(cells.keySet());
            flat.add(cells);
        }
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", header.stream().map(CsvTable::quote).toList())).append("\r\n");
        for (Map<String, String> cells : flat) {
            Iterator<String> columns = header.iterator();
            while (columns.hasNext()) {
                csv.append(quote(cells.getOrDefault(columns.next(), "")));
                if (columns.hasNext()) {
                    csv.append(',');
                }
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> cells) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e ->
                    flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), cells));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.isValueNode() ? n.asText() : n.toString()));
            cells.put(prefix.isEmpty() ? "value" : prefix, String.join("|", items));
        } else {
            cells.put(prefix.isEmpty() ? "value" : prefix, node.isNull() ? "" : node.asText());
        }
    }

    static String quote(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}

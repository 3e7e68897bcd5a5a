package dev.skillpulse.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read input files: {@code format} forces a reader (null: by extension), {@code columnMap} renames CSV
 * columns to posting fields ({@code --map column=field}).
 */
public record ReaderOptions(String format, Map<String, String> columnMap) {
    public static final ReaderOptions DEFAULT = new ReaderOptions(null, Map.of());

    public ReaderOptions {
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
    }

    /** Parses {@code column=field} pairs as given on the command line; the field names are checked by the CSV reader. */
    public static Map<String, String> parseMappings(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--map expects column=field, got '" + pair + "'");
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return map;
    }
}

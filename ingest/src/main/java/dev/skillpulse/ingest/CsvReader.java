package dev.skillpulse.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.PostingJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV (or TSV) with a header row, RFC 4180 quoting and multi-line cells. Columns named like posting fields are used
 * as they are; {@code columnMap} maps other column names to fields. Each record becomes the canonical posting JSON
 * and goes through {@link PostingJson#fromNode}, so CSV is validated exactly like JSON Lines.
 */
public final class CsvReader implements PostingReader {
    /** The fields a column can map to. {@code deleted} (true/false) turns a row into a deletion of its id. */
    public static final List<String> FIELDS = List.of("id", "title", "company", "city", "region", "country",
            "postedAt", "description", "url", "source", "employmentType", "remote", "validThrough", "salaryMin",
            "salaryMax", "salaryCurrency", "salaryUnit", "industry", "deleted");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0");

    private final CSVFormat format;
    private final Map<String, String> columnMap = new LinkedHashMap<>();
    private final PostingJson json = new PostingJson();

    public CsvReader(char delimiter, Map<String, String> columnMap) {
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        columnMap.forEach((column, field) -> {
            String known = FIELDS.stream().filter(f -> f.equalsIgnoreCase(field.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--map " + column + "=" + field
                            + ": unknown field '" + field + "' (fields: " + String.join(", ", FIELDS) + ")"));
            this.columnMap.put(column.strip().toLowerCase(Locale.ROOT), known);
        });
    }

    @Override
    public void read(Path file, Consumer<ReadResult> sink) throws IOException {
        long start = 1;
        try (BufferedReader in = InputFiles.openText(file); CSVParser parser = CSVParser.builder()
                .setReader(in).setFormat(format).get()) {
            Map<String, Integer> columns = columnsByField(parser.getHeaderNames());
            for (String required : List.of("id", "postedAt")) {
                if (!columns.containsKey(required)) {
                    sink.accept(new ReadResult.Rejected(file + ":1", "no column for field '" + required
                            + "' in the header " + parser.getHeaderNames() + " (use --map column=" + required + ")"));
                    return;
                }
            }
            int width = parser.getHeaderNames().size();
            start = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                String origin = file + ":" + start;
                start = parser.getCurrentLineNumber() + 1;
                if (record.size() != width) {
                    sink.accept(new ReadResult.Rejected(origin, "record has " + record.size()
                            + " values but the header has " + width + " columns"));
                    continue;
                }
                try {
                    sink.accept(new ReadResult.Accepted(origin, json.fromNode(toNode(record, columns))));
                } catch (InvalidPostingException e) {
                    sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
                }
            }
        } catch (UncheckedIOException e) {
            sink.accept(ReadResult.broken(file + ":" + start, e.getCause()));
        } catch (IOException e) {
            sink.accept(ReadResult.broken(file + ":" + start, e));
        } catch (IllegalArgumentException e) {
            sink.accept(new ReadResult.Rejected(file + ":1", "unusable header: " + e.getMessage()));
        }
    }

    private Map<String, Integer> columnsByField(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String field = columnMap.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                field = FIELDS.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
            }
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    private static ObjectNode toNode(CSVRecord record, Map<String, Integer> columns) throws InvalidPostingException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        ObjectNode salary = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String field = column.getKey();
            String value = record.get(column.getValue()).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (field) {
                case "city", "region", "country" -> location.put(field, value);
                case "remote", "deleted" -> node.put(field, bool(field, value));
                case "salaryMin", "salaryMax" -> salary.put(field.substring(6).toLowerCase(Locale.ROOT),
                        number(field, value));
                case "salaryCurrency", "salaryUnit" -> salary.put(field.substring(6).toLowerCase(Locale.ROOT), value);
                default -> node.put(field, value);
            }
        }
        if (!location.isEmpty()) {
            node.set("location", location);
        }
        if (!salary.isEmpty()) {
            node.set("salary", salary);
        }
        return node;
    }

    private static boolean bool(String field, String value) throws InvalidPostingException {
        String v = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(v) || FALSE.contains(v)) {
            return TRUE.contains(v);
        }
        throw new InvalidPostingException(field, "unparseable boolean in '" + field + "': " + value);
    }

    private static BigDecimal number(String field, String value) throws InvalidPostingException {
        try {
            return new BigDecimal(value.replace(",", "").replace("_", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidPostingException(field, "unparseable number in '" + field + "': " + value);
        }
    }
}

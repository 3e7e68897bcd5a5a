package dev.skillpulse.ingest.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.ingest.CsvReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes postings in one of the import formats: JSON Lines (the canonical form, with deletion lines), CSV with the
 * field names as header (deletions as {@code deleted=true} rows), or schema.org JobPosting JSON-LD as one array or
 * as an HTML page with one ld+json block per posting. JSON-LD has no deletions: those are skipped and counted.
 */
public abstract class PostingWriter implements AutoCloseable {
    public static final List<String> FORMATS = List.of("jsonl", "csv", "jsonld", "html");

    protected final Writer out;
    private long skipped;

    protected PostingWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    public static PostingWriter of(String format, OutputStream stream) throws IOException {
        return switch (format) {
            case "jsonl" -> new JsonLines(stream);
            case "csv" -> new Csv(stream);
            case "jsonld" -> new JsonLd(stream, false);
            case "html" -> new JsonLd(stream, true);
            default -> throw new IllegalArgumentException("unknown output format '" + format + "' (known: "
                    + String.join(", ", FORMATS) + ")");
        };
    }

    /** Writes one posting version; IO failures surface as {@link UncheckedIOException}. */
    public final void write(Posting p) {
        try {
            if (p.deleted() && !writeDeletion(p)) {
                skipped++;
            } else if (!p.deleted()) {
                writePosting(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletions this format could not express. */
    public long skippedDeletions() {
        return skipped;
    }

    protected abstract void writePosting(Posting p) throws IOException;

    /** Returns false when the format has no way to say "deleted". */
    protected abstract boolean writeDeletion(Posting p) throws IOException;

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static final class JsonLines extends PostingWriter {
        private final PostingJson json = new PostingJson();

        JsonLines(OutputStream stream) {
            super(stream);
        }

        @Override
        protected void writePosting(Posting p) throws IOException {
            out.write(json.write(p));
            out.write('\n');
        }

        @Override
        protected boolean writeDeletion(Posting p) throws IOException {
            writePosting(p);
            return true;
        }
    }

    private static final class Csv extends PostingWriter {
        private final CSVPrinter printer;

        Csv(OutputStream stream) throws IOException {
            super(stream);
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CsvReader.FIELDS.toArray(String[]::new)).get());
        }

        @Override
        protected void writePosting(Posting p) throws IOException {
            List<Object> row = new ArrayList<>();
            var salary = p.salary();
            var loc = p.location();
            row.addAll(java.util.Arrays.asList(p.id(), p.title(), p.company(), loc.city(), loc.region(), loc.country(),
                    p.postedAt(), p.description(), p.url(), p.source(), p.employmentType(), p.remote(),
                    p.validThrough(), salary == null ? null : salary.min(), salary == null ? null : salary.max(),
                    salary == null ? null : salary.currency(), salary == null ? null : salary.unit(), null));
            printer.printRecord(row);
        }

        @Override
        protected boolean writeDeletion(Posting p) throws IOException {
            List<Object> row = new ArrayList<>(java.util.Collections.nCopies(CsvReader.FIELDS.size(), null));
            row.set(0, p.id());
            row.set(row.size() - 1, true);
            printer.printRecord(row);
            return true;
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    private static final class JsonLd extends PostingWriter {
        private final boolean html;
        private final JsonGenerator g;
        private final java.io.StringWriter block = new java.io.StringWriter();
        private final JsonFactory factory = new JsonFactory();

        JsonLd(OutputStream stream, boolean html) throws IOException {
            super(stream);
            this.html = html;
            if (html) {
                out.write("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Jobs</title></head><body>\n");
                g = null;
            } else {
                g = factory.createGenerator(out);
                g.writeStartArray();
            }
        }

        @Override
        protected void writePosting(Posting p) throws IOException {
            if (!html) {
                out.write('\n');
                jobPosting(g, p);
                g.flush();
                return;
            }
            block.getBuffer().setLength(0);
            try (JsonGenerator one = factory.createGenerator(block)) {
                jobPosting(one, p);
            }
            out.write("<article><h2>" + escape(p.title()) + "</h2>\n<script type=\"application/ld+json\">\n");
            out.write(block.toString().replace("</", "<\\/"));
            out.write("\n</script></article>\n");
        }

        @Override
        protected boolean writeDeletion(Posting p) {
            return false;
        }

        private static void jobPosting(JsonGenerator g, Posting p) throws IOException {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org/");
            g.writeStringField("@type", "JobPosting");
            g.writeObjectFieldStart("identifier");
            g.writeStringField("@type", "PropertyValue");
            g.writeStringField("name", p.source());
            g.writeStringField("value", p.id());
            g.writeEndObject();
            g.writeStringField("title", p.title());
            g.writeObjectFieldStart("hiringOrganization");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", p.company());
            g.writeEndObject();
            g.writeObjectFieldStart("jobLocation");
            g.writeStringField("@type", "Place");
            g.writeObjectFieldStart("address");
            g.writeStringField("@type", "PostalAddress");
            field(g, "addressLocality", p.location().city());
            field(g, "addressRegion", p.location().region());
            field(g, "addressCountry", p.location().country());
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("datePosted", p.postedAt().toString());
            field(g, "validThrough", p.validThrough() == null ? null : p.validThrough().toString());
            field(g, "description", p.description());
            field(g, "url", p.url());
            field(g, "employmentType", p.employmentType());
            if (Boolean.TRUE.equals(p.remote())) {
                g.writeStringField("jobLocationType", "TELECOMMUTE");
            }
            if (p.salary() != null) {
                g.writeObjectFieldStart("baseSalary");
                g.writeStringField("@type", "MonetaryAmount");
                field(g, "currency", p.salary().currency());
                g.writeObjectFieldStart("value");
                g.writeStringField("@type", "QuantitativeValue");
                if (p.salary().min() != null) {
                    g.writeNumberField("minValue", p.salary().min());
                }
                if (p.salary().max() != null) {
                    g.writeNumberField("maxValue", p.salary().max());
                }
                field(g, "unitText", p.salary().unit());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private static void field(JsonGenerator g, String name, String value) throws IOException {
            if (value != null) {
                g.writeStringField(name, value);
            }
        }

        private static String escape(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;");
        }

        @Override
        public void close() throws IOException {
            if (html) {
                out.write("</body></html>\n");
            } else {
                g.writeEndArray();
                g.writeRaw('\n');
                g.close();
            }
            out.close();
        }
    }
}

package dev.skillpulse.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillpulse.core.InvalidPostingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * schema.org {@code JobPosting} JSON-LD: one object, an array, a {@code @graph}, several objects one after another,
 * or an HTML page holding {@code <script type="application/ld+json">} blocks (recognised by a leading {@code <}).
 * JSON is streamed: each element of an array or {@code @graph} is read as its own tree, so a file of any size is
 * read in constant memory. Objects of other types (Organization, WebPage, ...) are skipped. Malformed or
 * truncated JSON ends the file (or the script block) with one rejection; the postings before it are kept.
 */
public final class JsonLdReader implements PostingReader {
    private static final Pattern SCRIPT_OPEN = Pattern.compile(
            "<script\\b[^>]*\\btype\\s*=\\s*[\"']?application/ld\\+json[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_CLOSE = Pattern.compile("</script\\s*>", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper mapper = new ObjectMapper();
    private final JobPostingMapper postings = new JobPostingMapper();

    @Override
    public void read(Path file, Consumer<ReadResult> sink) throws IOException {
        try (BufferedReader in = InputFiles.openText(file)) {
            if (firstSignificantChar(in) == '<') {
                readHtml(file, in, sink);
            } else {
                readJson(file, in, 0, sink);
            }
        } catch (IOException e) {
            sink.accept(ReadResult.broken(file + ":1", e));
        }
    }

    private static int firstSignificantChar(BufferedReader in) throws IOException {
        in.mark(1 << 15);
        int c;
        int seen = 0;
        do {
            c = in.read();
            seen++;
        } while (c != -1 && Character.isWhitespace(c) && seen < (1 << 15) - 1);
        in.reset();
        return c;
    }

    /** Scans the page line by line; each ld+json block is parsed on its own, with its lines numbered as in the page. */
    private void readHtml(Path file, BufferedReader in, Consumer<ReadResult> sink) throws IOException {
        String line;
        int number = 0;
        StringBuilder block = null;
        int blockStart = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String rest = line;
            while (rest != null) {
                if (block == null) {
                    Matcher open = SCRIPT_OPEN.matcher(rest);
                    if (!open.find()) {
                        break;
                    }
                    block = new StringBuilder();
                    blockStart = number;
                    rest = rest.substring(open.end());
                } else {
                    Matcher close = SCRIPT_CLOSE.matcher(rest);
                    if (!close.find()) {
                        block.append(rest).append('\n');
                        break;
                    }
                    block.append(rest, 0, close.start());
                    readJson(file, new StringReader(block.toString()), blockStart - 1, sink);
                    block = null;
                    rest = rest.substring(close.end());
                }
            }
        }
        if (block != null) {
            sink.accept(new ReadResult.Rejected(file + ":" + blockStart,
                    "ld+json script block is not closed (file truncated?)"));
        }
    }

    private void readJson(Path file, Reader in, int lineOffset, Consumer<ReadResult> sink) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    value(file, parser, token, lineOffset, sink);
                }
            } catch (JsonProcessingException e) {
                long line = lineOffset + (e.getLocation() == null ? parser.currentLocation().getLineNr()
                        : e.getLocation().getLineNr());
                String why = e.getOriginalMessage().startsWith("Unexpected end-of-input")
                        ? "file is truncated: " : "malformed JSON: ";
                sink.accept(new ReadResult.Rejected(file + ":" + line,
                        why + e.getOriginalMessage().lines().findFirst().orElse("") + " (records before this point were kept)"));
            }
        }
    }

    /** Handles the value starting at {@code token}: arrays are walked element by element, objects mapped. */
    private void value(Path file, JsonParser parser, JsonToken token, int lineOffset, Consumer<ReadResult> sink)
            throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (next == null) {
                    throw new JsonParseException(parser, "Unexpected end-of-input in array");
                }
                value(file, parser, next, lineOffset, sink);
            }
        } else if (token == JsonToken.START_OBJECT) {
            object(file, parser, lineOffset, sink);
        }
    }

    /** Reads an object field by field so that a {@code @graph} inside it is streamed rather than held. */
    private void object(Path file, JsonParser parser, int lineOffset, Consumer<ReadResult> sink) throws IOException {
        String origin = file + ":" + (lineOffset + parser.currentTokenLocation().getLineNr());
        ObjectNode node = mapper.createObjectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            if (name.equals("@graph") && valueToken == JsonToken.START_ARRAY) {
                value(file, parser, valueToken, lineOffset, sink);
            } else {
                node.set(name, parser.readValueAsTree());
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "Unexpected end-of-input in object");
        }
        JsonNode main = node.path("mainEntity");
        JsonNode posting = JobPostingMapper.isJobPosting(node) ? node
                : main.isObject() && JobPostingMapper.isJobPosting(main) ? main : null;
        if (posting != null) {
            try {
                JobPostingMapper.Mapped mapped = postings.toPosting(posting);
                sink.accept(new ReadResult.Accepted(origin, mapped.posting(), mapped.derivedId()));
            } catch (InvalidPostingException e) {
                sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
            }
        }
    }
}

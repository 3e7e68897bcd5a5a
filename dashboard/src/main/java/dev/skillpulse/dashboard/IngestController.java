package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.ingest.CsvReader;
import dev.skillpulse.ingest.JsonLdReader;
import dev.skillpulse.ingest.JsonLinesReader;
import dev.skillpulse.ingest.PostingReader;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.ingest.ReadResult;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * HTTP ingest: postings checked with the same rules as {@code load} (its JSON parsing and file readers) and produced
 * to Kafka; 202 with what was accepted and each rejection's reason. Writing needs the bearer token from
 * SKILLPULSE_INGEST_TOKEN; without one configured, writing is off (403) while reading stays open.
 */
public final class IngestController implements ApiPart {
    public static final int MAX_ITEMS = 1_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String TOKEN_VARIABLE = BearerToken.TOKEN_VARIABLE;
    /** Raw files by media type, for the dashboard's upload page: the reader load would pick for the extension. */
    private static final Map<String, String> FILE_TYPES = Map.of("application/x-ndjson", ".jsonl",
            "application/jsonl", ".jsonl", "text/csv", ".csv", "application/ld+json", ".jsonld");
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Rejection(int item, String id, String reason) {
    }

    public record Outcome(int accepted, List<Rejection> rejected) {
    }

    private final PostingSink sink;
    private final BearerToken token;
    private final PostingJson json = new PostingJson();

    /** {@code token} null or blank turns ingest off. */
    public IngestController(PostingSink sink, String token) {
        this.sink = sink;
        this.token = new BearerToken(token);
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.http.maxRequestSize = MAX_BYTES;
        config.routes.post("/api/postings", this::ingest);
    }

    void ingest(Context ctx) {
        token.authorize(ctx, "HTTP ingest");
        String type = Bodies.mediaType(ctx);
        String fileSuffix = FILE_TYPES.get(type);
        if (fileSuffix == null && !type.equals("application/json")) {
            throw new ApiError(415, "Content-Type", "send postings as application/json (one object or an array), "
                    + "or a file as application/x-ndjson, text/csv or application/ld+json; got '" + type + "'");
        }
        byte[] body = Bodies.read(ctx, MAX_BYTES);
        List<Posting> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        if (fileSuffix == null) {
            fromJson(body, accepted, rejected);
        } else {
            fromFile(body, fileSuffix, accepted, rejected);
        }
        accepted.forEach(sink::send);
        try {
            sink.flush();
        } catch (IllegalStateException e) {
            throw new ApiError(503, null, "Kafka did not take the postings: " + e.getMessage());
        }
        ctx.status(202).json(new Outcome(accepted.size(), rejected));
    }

    private void fromJson(byte[] body, List<Posting> accepted, List<Rejection> rejected) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiError(400, "body", "the body is not JSON: " + Bodies.reason(e));
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new ApiError(400, "body", "the body must be a posting object or an array of them");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else {
            items.add(root);
        }
        tooMany(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            try {
                accepted.add(json.fromNode(item));
            } catch (InvalidPostingException e) {
                JsonNode id = item.path("id");
                rejected.add(new Rejection(i, id.isValueNode() ? id.asText() : null, e.getMessage()));
            }
        }
    }

    /** A raw file read by load's reader for its type; items are the lines (or records) the reader names. */
    private void fromFile(byte[] body, String suffix, List<Posting> accepted, List<Rejection> rejected) {
        PostingReader reader = switch (suffix) {
            case ".csv" -> new CsvReader(',', Map.of());
            case ".jsonld" -> new JsonLdReader();
            default -> new JsonLinesReader();
        };
        Path file = null;
        try {
            file = Files.createTempFile("skillpulse-upload-", suffix);
            Files.write(file, body);
            reader.read(file, result -> {
                if (result instanceof ReadResult.Accepted ok) {
                    accepted.add(ok.posting());
                } else {
                    rejected.add(new Rejection(line(result.origin()), null, ((ReadResult.Rejected) result).reason()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        tooMany(accepted.size() + rejected.size());
    }

    private static int line(String origin) {
        try {
            return Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void tooMany(int items) {
        if (items > MAX_ITEMS) {
            throw new ApiError(413, "body", "at most " + MAX_ITEMS + " postings per request, got " + items);
        }
    }
}

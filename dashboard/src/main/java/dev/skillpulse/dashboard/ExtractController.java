package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Term;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP for finding the guide's terms in a text (a CV, a job ad) without storing anything. */
public final class ExtractController implements ApiPart {
    /** Texts above this are refused: a CV or a posting is a few kB, and extraction runs on the request thread. */
    public static final int MAX_TEXT_BYTES = 100 * 1024;

    public record Found(String id, String label, String type, String category) {
    }

    public record Extraction(List<Found> terms) {
    }

    private final Supplier<MentionExtractor> extractors;

    public ExtractController(MentionExtractor extractor) {
        this(() -> extractor);
    }

    /** {@code extractors}: the extractor of the taxonomy in use now (a promotion switches it). */
    public ExtractController(Supplier<MentionExtractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.post("/api/extract", this::extract);
    }

    void extract(Context ctx) {
        JsonNode text = Bodies.json(ctx, MAX_TEXT_BYTES + 1024L, "text", "the body must be JSON {\"text\": \"...\"}")
                .path("text");
        if (!text.isTextual()) {
            throw new ApiError(400, "text", "the body must be JSON {\"text\": \"...\"} with a string 'text'");
        }
        if (text.asText().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new ApiError(413, "text", "'text' is over " + MAX_TEXT_BYTES / 1024 + " kB");
        }
        MentionExtractor extractor = extractors.get();
        List<Found> found = extractor.termIds(text.asText()).stream()
                .map(id -> extractor.taxonomy().term(id).orElseThrow())
                .map(ExtractController::found)
                .toList();
        CsvTable.answer(ctx, new Extraction(found), found, "extract");
    }

    private static Found found(Term t) {
        return new Found(t.id(), t.label(), t.type(), t.category());
    }
}

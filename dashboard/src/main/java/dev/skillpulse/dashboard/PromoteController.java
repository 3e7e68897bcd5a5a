package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.core.taxonomy.TaxonomyException;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay.NewTerm;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Promoting a candidate term: {@code POST /api/promote} (bearer token, like ingest) adds it to the taxonomy overlay
 * and starts a rebuild that recounts every posting with it beside the counts served now, which are switched over
 * once the rebuild has caught up; {@code GET /api/promote} reports that rebuild.
 */
public final class PromoteController implements ApiPart {
    public static final int MAX_BYTES = 16 * 1024;

    /**
     * A rebuild as callers see it: {@code state} idle, building, switched or failed (with {@code reason}); the
     * generation it counts under, the postings replayed of those on the topic when it started, and the rate.
     */
    public record Status(String state, String term, String generation, long replayed, long postingsAtStart,
            double seconds, double rate, String reason) {
        public static final Status IDLE = new Status("idle", null, null, 0, 0, 0, 0, null);
    }

    /** What runs the rebuild (the app's service). */
    public interface Promoter {
        /**
         * Adds {@code term} to the overlay and starts the rebuild; {@link TaxonomyException} when the taxonomy
         * refuses the term, {@link IllegalStateException} while another rebuild is building.
         */
        Status promote(NewTerm term);

        Status status();
    }

    private final Promoter promoter;
    private final BearerToken token;

    /** {@code token} null or blank turns promoting off (403), like ingest. */
    public PromoteController(Promoter promoter, String token) {
        this.promoter = promoter;
        this.token = new BearerToken(token);
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.routes.post("/api/promote", this::promote);
        config.routes.get("/api/promote", ctx -> ctx.json(promoter.status()));
    }

    void promote(Context ctx) {
        token.authorize(ctx, "Promoting");
        JsonNode body = Bodies.json(ctx, MAX_BYTES, "body", "the body is not JSON");
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "body", "send {\"key\": ..., \"label\": ..., \"type\": ..., \"surfaces\": [...]}");
        }
        String key = text(body, "key", null);
        String label = text(body, "label", null);
        NewTerm term;
        try {
            term = new NewTerm(NewTerm.idOf(key), label, text(body, "type", "tool"), text(body, "category", "emerging"),
                    surfaces(body, label));
        } catch (TaxonomyOverlay.BadField e) {
            throw new ApiError(400, e.field(), e.getMessage());
        }
        try {
            ctx.status(202).json(promoter.promote(term));
        } catch (TaxonomyException e) {
            throw new ApiError(409, "key", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiError(409, null, e.getMessage());
        }
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (fallback == null) {
                throw new ApiError(400, field, "'" + field + "' is required");
            }
            return fallback;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ApiError(400, field, "'" + field + "' must be a non-empty string");
        }
        return node.asText().strip();
    }

    /** The surfaces given, else the label. */
    private static List<String> surfaces(JsonNode body, String label) {
        JsonNode node = body.get("surfaces");
        if (node == null || node.isNull()) {
            return List.of(label);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ApiError(400, "surfaces", "'surfaces' must be a non-empty array of strings");
        }
        List<String> surfaces = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw new ApiError(400, "surfaces", "'surfaces' must hold non-empty strings");
            }
            surfaces.add(s.asText().strip());
        }
        return surfaces;
    }
}

package dev.skillpulse.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Request bodies read within a limit (413 beyond it, whatever Content-Length claims) and their content types. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Bodies() {
    }

    /** The media type without parameters, lower case; empty when none was sent. */
    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static void requireJson(Context ctx) {
        if (!mediaType(ctx).equals("application/json")) {
            throw new ApiError(415, "Content-Type", "send the body as application/json, not '"
                    + (ctx.contentType() == null ? "nothing" : ctx.contentType()) + "'");
        }
    }

    /** The body, refused with 413 as soon as it is longer than {@code max} bytes (declared or actually sent). */
    static byte[] read(Context ctx, long max) {
        long declared = ctx.contentLength();
        if (declared > max) {
            throw tooBig(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) max + 1);
            if (body.length > max) {
                throw tooBig(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JSON body of at most {@code max} bytes (415 for another content type, 413 beyond the limit), parsed; not JSON
     * is a 400 naming {@code field} with {@code notJson} and the parser's reason.
     */
    static JsonNode json(Context ctx, long max, String field, String notJson) {
        requireJson(ctx);
        byte[] body = read(ctx, max);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ApiError(400, field, notJson + ": " + reason(e));
        }
    }

    static String reason(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static ApiError tooBig(long max) {
        return new ApiError(413, "body", "the body is over " + max + " bytes");
    }
}

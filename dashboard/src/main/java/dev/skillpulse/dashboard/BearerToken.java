package dev.skillpulse.dashboard;

import dev.skillpulse.core.text.Sha256;
import io.javalin.http.Context;
import java.security.MessageDigest;

/**
 * The check of the API's writing routes (ingest, promote): the bearer token from SKILLPULSE_INGEST_TOKEN; without
 * one configured, writing is off (403) while reading stays open.
 */
public final class BearerToken {
    public static final String TOKEN_VARIABLE = "SKILLPULSE_INGEST_TOKEN";

    private final byte[] tokenDigest;

    /** {@code token} null or blank turns writing off. */
    public BearerToken(String token) {
        this.tokenDigest = token == null || token.isBlank() ? null : Sha256.of(token.strip());
    }

    /**
     * 403 when no token is configured, 401 when the request has none or another; {@code what} names the writing
     * route in the 403 ("HTTP ingest"). Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}:
     * constant time, and equal lengths whatever the caller sends.
     */
    public void authorize(Context ctx, String what) {
        if (tokenDigest == null) {
            throw new ApiError(403, "Authorization", what + " is off: set " + TOKEN_VARIABLE + " to a secret "
                    + "when starting the dashboard, and send it as 'Authorization: Bearer <token>'");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(401, "Authorization", "send 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(tokenDigest, Sha256.of(header.substring(7).strip()))) {
            throw new ApiError(401, "Authorization", "the bearer token is not the configured one");
        }
    }
}

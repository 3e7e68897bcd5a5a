package dev.skillpulse.dashboard;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters parsed strictly: a bad value is a 400 naming the parameter, never a silent default. */
final class Params {
    private Params() {
    }

    /** A text parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name, "'" + name + "' must be an ISO date such as 2024-01-31, got '" + raw + "'");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name, "'" + name + "' must be a whole number from " + min + " to " + max
                    + ", got '" + raw + "'");
        }
    }
}

package dev.skillpulse.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A job posting, model v1 (plus the optional fields JSON-LD sources carry: employment type, remote, validThrough, salary, industry). {@code id} and {@code postedAt} are required; everything else may be null.
 * {@code deleted} marks a retraction sent as {@code {"id": ..., "deleted": true}}: it carries no date.
 */
public record Posting(
        String id,
        String title,
        String company,
        Location location,
        LocalDate postedAt,
        String description,
        String url,
        String source,
        String employmentType,
        Boolean remote,
        LocalDate validThrough,
        Salary salary,
        String industry,
        boolean deleted) {

    public Posting {
        Objects.requireNonNull(id, "id");
        if (!deleted) {
            Objects.requireNonNull(postedAt, "postedAt");
        }
        location = location == null ? Location.UNKNOWN : location;
    }

    /** A posting without an industry (sources that do not say). */
    public Posting(String id, String title, String company, Location location, LocalDate postedAt, String description,
            String url, String source, String employmentType, Boolean remote, LocalDate validThrough, Salary salary,
            boolean deleted) {
        this(id, title, company, location, postedAt, description, url, source, employmentType, remote, validThrough,
                salary, null, deleted);
    }

    public static Posting deletion(String id) {
        return new Posting(id, null, null, null, null, null, null, null, null, null, null, null, null, true);
    }

    /** A live posting with the v1 fields only. */
    public static Posting of(String id, String title, String company, Location location, LocalDate postedAt,
            String description, String url, String source) {
        return new Posting(id, title, company, location, postedAt, description, url, source, null, null, null, null,
                null, false);
    }

    /** Title and description together: the text that mentions are extracted from. */
    public String text() {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }
}

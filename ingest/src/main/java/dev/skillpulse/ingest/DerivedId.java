package dev.skillpulse.ingest;

import dev.skillpulse.core.text.Sha256;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The id of a record that has none (a JSON-LD {@code identifier} without a value, a CSV without an id column): its
 * {@code url} when it has one, else {@code derived-} and a digest of its source, company, title, posting date and
 * description as written. Reloading the same file gives the same ids, so a reload is a resend, not new postings.
 */
final class DerivedId {
    static final String PREFIX = "derived-";
    /** Separates the fields in the digested text; it does not occur in text people write. */
    private static final char UNIT_SEPARATOR = '\u001f';

    private DerivedId() {
    }

    /**
     * The derived id, or null when the record holds nothing to derive one from (no url, company, title or
     * description): the date alone would give every such record of a day the same id.
     */
    static String of(String url, String source, String company, String title, String postedAt, String description) {
        if (!blank(url)) {
            return url.strip();
        }
        if (blank(company) && blank(title) && blank(description)) {
            return null;
        }
        StringJoiner text = new StringJoiner(String.valueOf(UNIT_SEPARATOR));
        for (String field : new String[] {source, company, title, postedAt, description}) {
            text.add(blank(field) ? "" : field.strip());
        }
        return PREFIX + HexFormat.of().formatHex(Sha256.of(text.toString()), 0, 16);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

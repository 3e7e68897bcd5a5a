package dev.skillpulse.ingest;

import dev.skillpulse.core.Posting;
import java.io.EOFException;
import java.io.IOException;

/**
 * What a reader made of one record: a posting, or a rejection with its reason. {@code origin} is "file:line"
 * (the line where the record starts).
 */
public sealed interface ReadResult permits ReadResult.Accepted, ReadResult.Rejected {
    String origin();

    /** {@code derivedId}: the record had no id of its own and got one from {@link DerivedId}. */
    record Accepted(String origin, Posting posting, boolean derivedId) implements ReadResult {
        public Accepted(String origin, Posting posting) {
            this(origin, posting, false);
        }
    }

    record Rejected(String origin, String reason) implements ReadResult {
    }

    /** The rejection for a file that cannot be read past {@code origin}: truncated, corrupt or in an unusable encoding. */
    static Rejected broken(String origin, IOException e) {
        String why = e instanceof EOFException ? "file is truncated" : "file cannot be read further";
        return new Rejected(origin, why + ": " + e.getMessage() + " (records before this point were kept)");
    }
}

package dev.skillpulse.ingest;

import dev.skillpulse.core.Posting;

/** What a reader made of one record: a posting, or a rejection with its reason. {@code origin} is "file:line". */
public sealed interface ReadResult permits ReadResult.Accepted, ReadResult.Rejected {
    String origin();

    record Accepted(String origin, Posting posting) implements ReadResult {
    }

    record Rejected(String origin, String reason) implements ReadResult {
    }
}

package dev.skillpulse.ingest;

import dev.skillpulse.core.Posting;

/** Where accepted postings go: Kafka in production, a list in reader tests. */
public interface PostingSink extends AutoCloseable {
    void send(Posting posting);

    /** Blocks until everything sent so far is acknowledged; returns how many were. */
    long flush();

    @Override
    void close();
}

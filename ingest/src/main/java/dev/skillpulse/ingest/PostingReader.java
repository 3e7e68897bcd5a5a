package dev.skillpulse.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one file record by record, handing each result to {@code sink} as it goes (constant memory). */
public interface PostingReader {
    void read(Path file, Consumer<ReadResult> sink) throws IOException;
}

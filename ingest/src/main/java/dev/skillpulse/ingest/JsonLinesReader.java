package dev.skillpulse.ingest;

import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.PostingJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * JSON Lines: one posting object per line; blank lines are skipped, every other line is accepted or rejected.
 * A file that breaks off (truncated gzip, unreadable bytes) keeps every line before the break and ends with one
 * rejection naming where it broke.
 */
public final class JsonLinesReader implements PostingReader {
    private final PostingJson json = new PostingJson();

    @Override
    public void read(Path file, Consumer<ReadResult> sink) throws IOException {
        int number = 0;
        try (BufferedReader in = InputFiles.openText(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + number;
                try {
                    sink.accept(new ReadResult.Accepted(origin, json.parse(line)));
                } catch (InvalidPostingException e) {
                    sink.accept(new ReadResult.Rejected(origin, e.getMessage()));
                }
            }
        } catch (IOException e) {
            sink.accept(ReadResult.broken(file + ":" + (number + 1), e));
        }
    }
}

package dev.skillpulse.ingest;

import dev.skillpulse.core.Posting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures reading throughput without Kafka: {@code java -cp ... dev.skillpulse.ingest.LoadBench FILE...} loads each
 * file through {@link Loader} into a sink that only counts, and prints records/s and MB/s (of the file as stored).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg);
            long[] sent = {0};
            PostingSink counting = new PostingSink() {
                @Override
                public void send(Posting posting) {
                    sent[0]++;
                }

                @Override
                public long flush() {
                    return sent[0];
                }

                @Override
                public void close() {
                }
            };
            long start = System.nanoTime();
            LoadSummary summary = new Loader(counting, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = Files.isDirectory(file) ? 0 : Files.size(file);
            System.out.printf("%-40s %9d records %6d rejected %7.2f s %9.0f records/s %7.1f MB/s%n", file, summary.read(),
                    summary.rejected().size(), seconds, summary.read() / seconds, bytes / 1e6 / seconds);
            summary.rejected().stream().limit(5).forEach(r -> System.out.println("  " + r.origin() + ": " + r.reason()));
        }
    }
}

package dev.skillpulse.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads files record by record, sends accepted postings to a sink, collects rejections and reports progress. */
public final class Loader {
    /** Told about progress after each file and at most every {@code PROGRESS_EVERY} records. */
    public interface Progress {
        void update(long bytesDone, long bytesTotal, long records, long elapsedNanos);

        Progress NONE = (done, total, records, nanos) -> { };
    }

    private static final int PROGRESS_EVERY = 5_000;
    /** How many rejections a summary keeps with their origin and reason; the rest are only counted. */
    public static final int KEEP_REJECTIONS = 10_000;

    private final PostingSink sink;
    private final ReaderOptions options;
    private final Progress progress;

    public Loader(PostingSink sink, ReaderOptions options, Progress progress) {
        this.sink = sink;
        this.options = options == null ? ReaderOptions.DEFAULT : options;
        this.progress = progress;
    }

    public Loader(PostingSink sink, String format, Progress progress) {
        this(sink, new ReaderOptions(format, null), progress);
    }

    public LoadSummary load(List<Path> paths) throws IOException {
        List<Path> files = InputFiles.expand(paths);
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        long start = System.nanoTime();
        long[] read = {0};
        long[] rejectedTotal = {0};
        long[] derivedIds = {0};
        long done = 0;
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        for (Path file : files) {
            long bytesBefore = done;
            long all = total;
            Formats.readerFor(file, options).read(file, result -> {
                read[0]++;
                if (result instanceof ReadResult.Accepted ok) {
                    sink.send(ok.posting());
                    if (ok.derivedId()) {
                        derivedIds[0]++;
                    }
                } else if (rejectedTotal[0]++ < KEEP_REJECTIONS) {
                    rejected.add((ReadResult.Rejected) result);
                }
                if (read[0] % PROGRESS_EVERY == 0) {
                    progress.update(bytesBefore, all, read[0], System.nanoTime() - start);
                }
            });
            done += Files.size(file);
            progress.update(done, total, read[0], System.nanoTime() - start);
        }
        long sent = sink.flush();
        return new LoadSummary(read[0], sent, rejected, rejectedTotal[0], derivedIds[0]);
    }
}

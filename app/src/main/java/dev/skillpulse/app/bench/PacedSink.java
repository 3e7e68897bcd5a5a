package dev.skillpulse.app.bench;

import dev.skillpulse.core.Posting;
import dev.skillpulse.ingest.PostingSink;
import java.util.concurrent.locks.LockSupport;

/** Passes postings on at a steady rate: a batch of {@code batch} every {@code batch / perSecond} seconds. */
public final class PacedSink implements PostingSink {
    private final PostingSink target;
    private final int batch;
    private final long batchNanos;
    private long start;
    private long sent;

    public PacedSink(PostingSink target, int perSecond, int batch) {
        this.target = target;
        this.batch = batch;
        this.batchNanos = 1_000_000_000L * batch / perSecond;
    }

    @Override
    public void send(Posting posting) {
        if (sent == 0) {
            start = System.nanoTime();
        } else if (sent % batch == 0) {
            long due = start + (sent / batch) * batchNanos;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
        }
        target.send(posting);
        sent++;
    }

    /** Seconds from the first posting to now. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public long flush() {
        return target.flush();
    }

    @Override
    public void close() {
        target.close();
    }
}

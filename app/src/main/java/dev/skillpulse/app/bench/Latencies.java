package dev.skillpulse.app.bench;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** Latencies in milliseconds, recorded only while switched on; percentiles from the sorted values. */
public final class Latencies implements LongConsumer {
    private long[] values = new long[1 << 16];
    private int size;
    private volatile boolean recording;

    public void record(boolean on) {
        recording = on;
    }

    @Override
    public synchronized void accept(long millis) {
        if (!recording) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    public synchronized int count() {
        return size;
    }

    /** The value at quantile {@code q} (0..1, nearest rank); -1 when nothing was recorded. */
    public synchronized long percentile(double q) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}

package dev.skillpulse.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Where the topology's stream threads' wall time went in a phase: on a CPU and waiting in the run queue for one (the
 * kernel's {@code /proc/self/task/<tid>/schedstat}), and blocked on Kafka (polling, sending, committing) with the
 * exactly-once commit's parts (Kafka's own cumulative metrics, KIP-761). The stream thread is the pipeline's
 * critical path: this says whether it waits for its own work, for the other threads' CPU, or for the broker.
 * Kafka's blocked time includes its clients' network I/O time, which is spent on a CPU, so the rest can be
 * slightly negative.
 */
public final class StreamThreadTime {
    /** Cumulative nanoseconds, summed over the threads and their clients, by metric name. */
    private static final List<String> PARTS = List.of(
            "blocked-time-ns-total", "flush-time-ns-total", "txn-send-offsets-time-ns-total",
            "txn-commit-time-ns-total");

    /** Thread names (15 characters at most in /proc) of the topology's stream threads. */
    private static final String STREAM_THREAD = "skillpulse-topo";

    public record Snapshot(Map<String, Double> nanos, int threads, long onCpuNanos, long runQueueNanos,
            long nanoTime) {
    }

    private StreamThreadTime() {
    }

    public static Snapshot take(KafkaStreams streams) {
        Map<String, Double> nanos = new LinkedHashMap<>();
        PARTS.forEach(p -> nanos.put(p, 0.0));
        int threads = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            String name = e.getKey().name();
            if (nanos.containsKey(name) && e.getValue().metricValue() instanceof Number value) {
                nanos.merge(name, value.doubleValue(), Double::sum);
                threads += name.equals("blocked-time-ns-total") ? 1 : 0;
            }
        }
        long[] sched = schedStat();
        return new Snapshot(nanos, threads, sched[0], sched[1], System.nanoTime());
    }

    /** On-CPU and run-queue nanoseconds of the stream threads so far (zeros where /proc is missing). */
    static long[] schedStat() {
        long[] sum = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith(STREAM_THREAD)) {
                        String[] f = Files.readString(task.resolve("schedstat")).trim().split(" ");
                        sum[0] += Long.parseLong(f[0]);
                        sum[1] += Long.parseLong(f[1]);
                    }
                } catch (IOException e) {
                    // the thread ended while it was being read
                }
            }
        } catch (IOException e) {
            return sum;
        }
        return sum;
    }

    /** One line: the stream threads' wall time on a CPU, waiting for one, blocked on Kafka (and committing). */
    public static String between(Snapshot before, Snapshot after) {
        double wall = (after.nanoTime() - before.nanoTime()) / 1e9 * Math.max(1, after.threads());
        double onCpu = (after.onCpuNanos() - before.onCpuNanos()) / 1e9;
        double runQueue = (after.runQueueNanos() - before.runQueueNanos()) / 1e9;
        double blocked = seconds(before, after, "blocked-time-ns-total");
        double flush = seconds(before, after, "flush-time-ns-total");
        double offsets = seconds(before, after, "txn-send-offsets-time-ns-total");
        double commit = seconds(before, after, "txn-commit-time-ns-total");
        return String.format("%d stream thread(s), %.1f s: on a CPU %.1f s, waiting for a CPU %.1f s, blocked on "
                        + "Kafka %.1f s (committing %.1f: producer flush %.1f, offsets %.1f, commit %.1f), "
                        + "rest %.1f s",
                after.threads(), wall, onCpu, runQueue, blocked, flush + offsets + commit, flush, offsets, commit,
                wall - onCpu - runQueue - blocked);
    }

    private static double seconds(Snapshot before, Snapshot after, String part) {
        return (after.nanos().get(part) - before.nanos().get(part)) / 1e9;
    }
}

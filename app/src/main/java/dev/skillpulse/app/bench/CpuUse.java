package dev.skillpulse.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU of a timed phase went: this JVM's threads grouped by role (read from {@code /proc/self/task}, so the
 * JIT compiler and GC threads, which have no Java thread object, count too) and the processes of the local
 * PostgreSQL server. On a 2-core machine every part of the pipeline runs on the same two cores, so a figure that
 * misses its goal needs this to say what to make cheaper. Linux only: elsewhere the snapshots are empty.
 */
public final class CpuUse {
    /** Kernel clock ticks per second of utime/stime in /proc stat files (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    /** Roles in the order they are printed; a thread name (15 characters at most in /proc) picks the first match. */
    private static final List<Role> ROLES = List.of(
            new Role("stream threads", "skillpulse-topo", "skillpulse-benc"), // the topology's, the bench's own
            new Role("JIT compiler", "C1 CompilerThre", "C2 CompilerThre"),
            new Role("projector", "projector"),
            new Role("producer I/O", "kafka-producer-"),
            new Role("GC", "GC Thread", "G1 "),
            // The launcher's main thread keeps the process name "java" in /proc: the bench loads files on it.
            new Role("loader", "java", "main"),
            new Role("broker", "data-plane-", "kafka-", "group-coordinat", "ExpirationReape", "TxnMarkerSender",
                    "AddPartitionsTo", "quorum-control", "executor-", "controller-", "broker-", "transaction-"));
    static final String POSTGRESQL = "PostgreSQL";
    static final String OTHER = "other";

    private record Role(String name, String... prefixes) {
        boolean matches(String thread) {
            return Stream.of(prefixes).anyMatch(thread::startsWith);
        }
    }

    /** CPU ticks so far by role, and when they were read. */
    public record Snapshot(Map<String, Long> ticks, long nanoTime) {
    }

    private CpuUse() {
    }

    public static Snapshot take() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ROLES.forEach(r -> ticks.put(r.name(), 0L));
        ticks.put(POSTGRESQL, 0L);
        ticks.put(OTHER, 0L);
        forEachStat(Path.of("/proc/self/task"), (name, t) -> ticks.merge(roleOf(name), t, Long::sum));
        forEachStat(Path.of("/proc"), (name, t) -> {
            if (name.equals("postgres")) {
                ticks.merge(POSTGRESQL, t, Long::sum);
            }
        });
        return new Snapshot(ticks, System.nanoTime());
    }

    static String roleOf(String thread) {
        return ROLES.stream().filter(r -> r.matches(thread)).map(Role::name).findFirst().orElse(OTHER);
    }

    /**
     * One line: wall seconds, CPU seconds in all and per role (largest first, roles under 0.05 s left out). A thread
     * that ended between the snapshots is missing from the later one; its role's difference is clamped at 0.
     */
    public static String between(Snapshot before, Snapshot after) {
        double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
        Map<String, Double> seconds = new LinkedHashMap<>();
        after.ticks().forEach((role, t) ->
                seconds.put(role, Math.max(0, t - before.ticks().getOrDefault(role, 0L)) / TICKS_PER_SECOND));
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder line = new StringBuilder(String.format("%.1f s wall, %.1f CPU-s (%.2f cores):", wall, total,
                total / wall));
        seconds.entrySet().stream()
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(" %s %.1f,", e.getKey(), e.getValue())));
        line.setLength(line.length() - 1);
        return line.toString();
    }

    private interface StatConsumer {
        void accept(String name, long ticks);
    }

    /** For each numbered entry under {@code dir}: its name and utime + stime from its stat file. */
    private static void forEachStat(Path dir, StatConsumer consumer) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> readStat(p.resolve("stat"), consumer));
        } catch (IOException | SecurityException e) {
            // Not Linux, or /proc hidden: no figures rather than no benchmark.
        }
    }

    private static void readStat(Path stat, StatConsumer consumer) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException | SecurityException e) {
            return; // the thread or process ended meanwhile
        }
        // "pid (name) state ppid ...": the name may hold spaces and parentheses, so split after the last ')'.
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            return;
        }
        String[] fields = line.substring(close + 2).split(" ");
        // fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15.
        consumer.accept(line.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }
}

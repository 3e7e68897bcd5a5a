package dev.skillpulse.app;

import dev.skillpulse.app.bench.CpuUse;
import dev.skillpulse.app.bench.KafkaShape;
import dev.skillpulse.app.bench.Latencies;
import dev.skillpulse.app.bench.Memory;
import dev.skillpulse.app.bench.PacedSink;
import dev.skillpulse.app.bench.RawCeiling;
import dev.skillpulse.app.bench.SampleFile;
import dev.skillpulse.app.bench.StreamThreadTime;
import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.ingest.ReaderOptions;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.Period;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code skillpulse bench}: throughput, raw ceiling, freshness and memory of the whole pipeline in one JVM, with the
 * in-process broker and a fresh database on the local PostgreSQL server (dropped afterwards).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmark the whole pipeline in one JVM: throughput, freshness and memory.",
        description = {"Benchmark the pipeline in one JVM: a real in-process Kafka broker, the topology, the projector",
            "and a fresh database on the local PostgreSQL (127.0.0.1:5432, user postgres; dropped afterwards).",
            "Prints end-to-end postings/s (file -> Kafka -> topology -> PostgreSQL), the raw Kafka ceiling for the",
            "same postings, their ratio, the same postings through Kafka Streams doing no processing (pass-through",
            "and the topology's shape), freshness percentiles at a steady 1,000 postings/s, peak heap and RSS."})
public final class BenchCommand implements Callable<Integer> {
    private static final int STEADY_RATE = 1000;
    private static final int STEADY_BATCH = 10;
    private static final String RAW_TOPIC = "bench-raw";

    @Option(names = "--postings", paramLabel = "N", defaultValue = "50000",
            description = "Generated posting versions (lines) to load in bulk (default: ${DEFAULT-VALUE}).")
    int postings;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = {"Generated posting versions loaded and awaited before the timed bulk load, so that the",
                "figures are those of a warm JVM, as a running service is (0: none; default: ${DEFAULT-VALUE})."})
    int warmup;

    @Option(names = "--steady-seconds", paramLabel = "S", defaultValue = "30",
            description = "Seconds of steady 1,000 postings/s load for the freshness figures (default: ${DEFAULT-VALUE}).")
    int steadySeconds;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the Kafka log and Streams state go (default: a temporary folder); what the bench "
                    + "creates there is deleted afterwards.")
    Path stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (postings < 1 || steadySeconds < 1 || partitions < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--postings, --steady-seconds and --partitions must be >= 1, --warmup >= 0");
        }
        if (stateDir != null && (Files.exists(stateDir.resolve("kafka")) || Files.exists(stateDir.resolve("streams")))) {
            throw new ParameterException(spec.commandLine(),
                    stateDir + " holds kafka/ or streams/ from an earlier run: remove them");
        }
        PrintStream out = System.out;
        Taxonomy taxonomy = Taxonomy.loadOrBundled(null);
        Path work = Files.createTempDirectory("skillpulse-bench-");
        Path state = stateDir != null ? stateDir : work;
        String database = "skillpulse_bench_" + ProcessHandle.current().pid();
        PostgresServer server = PostgresServer.local();
        Runnable cleanUp = cleanUpOnce(server, database, state, work);
        Thread onInterrupt = new Thread(cleanUp, "bench-clean-up"); // Ctrl-C skips the finally below
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            out.printf("machine    %d processors, load average %s%n", Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            Path warm = work.resolve("warmup.jsonl");
            Path bulk = work.resolve("bulk.jsonl");
            Path steady = work.resolve("steady.jsonl");
            if (warmup > 0) {
                SampleFile.write(warm, warmup, 7, "warmup-", taxonomy);
            }
            SampleFile.write(bulk, postings, 42, "", taxonomy);
            SampleFile.write(steady, STEADY_RATE * steadySeconds, 4242, "steady-", taxonomy);
            out.printf("generated  %,d warm-up + %,d bulk + %,d steady postings (JSON Lines, %,d + %,d bytes)%n",
                    warmup, postings, STEADY_RATE * steadySeconds, Files.size(bulk), Files.size(steady));
            server.dropDatabase(database);
            server.createDatabaseIfAbsent(database);
            run(out, taxonomy, state, server.jdbcUrl(database), new Inputs(warm, bulk, steady));
            out.printf("machine    load average %s at the end%n", loadAverage());
            return 0;
        } finally {
            cleanUp.run();
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
    }

    /** Drops the database and deletes what the bench wrote, the first time it runs; failures are reported. */
    private static Runnable cleanUpOnce(PostgresServer server, String database, Path state, Path work) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.getAndSet(true)) {
                return;
            }
            try {
                server.dropDatabase(database);
            } catch (SQLException e) {
                System.err.println("could not drop database " + database + ": " + e.getMessage());
            }
            for (Path dir : List.of(state.resolve("kafka"), state.resolve("streams"), work)) {
                try {
                    deleteTree(dir);
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("could not delete " + dir + ": " + e.getMessage());
                }
            }
        };
    }

    /** The generated files: loaded untimed first, timed in bulk, then paced for freshness. */
    private record Inputs(Path warmup, Path bulk, Path steady) {
    }

    private void run(PrintStream out, Taxonomy taxonomy, Path state, String jdbcUrl, Inputs inputs)
            throws Exception {
        List<String[]> rows = new ArrayList<>();
        Latencies freshness = new Latencies();
        try (Memory memory = new Memory(Duration.ofMillis(20));
             EmbeddedKafka kafka = EmbeddedKafka.start(state.resolve("kafka"), EmbeddedKafka.freePort());
             Database db = Database.open(jdbcUrl)) {
            String bootstrap = kafka.bootstrapServers();
            KafkaSetup.createTopics(bootstrap, partitions);
            TermCatalog.sync(db.dsl(), taxonomy);
            CountWriter positions = new CountWriter(db.dsl());
            CountProjector projector = new CountProjector(CountProjector.Settings.of(bootstrap, false),
                    new CountWriter(db.dsl()), freshness, TermGroups.of(taxonomy));
            Thread projectorThread = new Thread(projector, "projector");
            try (TopologyRunner topology = new TopologyRunner(StreamsSettings.of(bootstrap, state.resolve("streams")));
                 AutoCloseable stopProjector = () -> {
                     projector.close();
                     projectorThread.join(30_000);
                 }) {
                projectorThread.start();
                topology.start();
                KafkaShape.awaitRunning(topology.streams());
                out.printf("running    broker %s, topology, projector -> %s%n", bootstrap, jdbcUrl);

                if (warmup > 0) {
                    TimedLoad warm = loadUntilVisible(bootstrap, positions, inputs.warmup());
                    out.printf("warm-up    %,d postings visible after %.1f s (not timed below)%n", warm.lines(),
                            warm.visibleSeconds());
                }

                CpuUse.Snapshot cpuBefore = CpuUse.take();
                StreamThreadTime.Snapshot threadsBefore = StreamThreadTime.take(topology.streams());
                TimedLoad bulk = loadUntilVisible(bootstrap, positions, inputs.bulk());
                StreamThreadTime.Snapshot threadsAfter = StreamThreadTime.take(topology.streams());
                out.printf("bulk       %,d postings produced in %.1f s, visible in PostgreSQL after %.1f s%n",
                        bulk.lines(), bulk.producedSeconds(), bulk.visibleSeconds());
                out.printf("bulk cpu   %s%n", CpuUse.between(cpuBefore, CpuUse.take()));
                out.printf("bulk topo  %s%n", StreamThreadTime.between(threadsBefore, threadsAfter));

                // The same records again, as a feed that re-pushes its open postings or a producer that retries
                // delivers them: recognized by their source digest, not parsed or extracted again.
                TimedLoad replay = loadUntilVisible(bootstrap, positions, inputs.bulk());
                out.printf("replay     the same %,d records again, through after %.1f s (%,.0f/s)%n", replay.lines(),
                        replay.visibleSeconds(), replay.lines() / replay.visibleSeconds());

                freshness.record(true);
                PacedSink paced = new PacedSink(new KafkaPostingSink(bootstrap, Topics.POSTINGS), STEADY_RATE,
                        STEADY_BATCH);
                long steadyLoaded = load(paced, inputs.steady());
                double steadyTime = paced.elapsedSeconds();
                Readiness.awaitVisible(bootstrap, positions, Duration.ofMinutes(5));
                freshness.record(false);
                out.printf("steady     %,d postings in %.1f s (%.0f/s), %,d projected records timed%n", steadyLoaded,
                        steadyTime, steadyLoaded / steadyTime, freshness.count());

                out.printf("queries    %s%n", queryTimes(db));

                RawCeiling.Result raw = RawCeiling.measure(bootstrap, RAW_TOPIC, partitions, inputs.bulk());
                out.printf("raw        %,d postings produced and consumed in %.1f s; cpu %s%n", raw.records(),
                        raw.seconds(), raw.cpu());
                RawCeiling.Result pass = kafkaAlone(out, KafkaShape.Rung.PASS_THROUGH, bootstrap, state, inputs);
                RawCeiling.Result shape = kafkaAlone(out, KafkaShape.Rung.TOPOLOGY_SHAPE, bootstrap, state, inputs);

                double rate = bulk.lines() / bulk.visibleSeconds();
                double ratio = rate / raw.perSecond();
                long p95 = freshness.percentile(0.95);
                rows.add(row("end to end, file -> PostgreSQL", String.format("%,.0f postings/s", rate),
                        ">= 10,000 postings/s", rate >= 10_000));
                rows.add(row("raw ceiling, produce + consume", String.format("%,.0f postings/s", raw.perSecond()),
                        "", null));
                rows.add(row("ratio", String.format("%.2f", ratio), ">= 0.3", ratio >= 0.3));
                rows.add(row("Kafka alone: exactly-once pass-through", perSecondOfRaw(pass, raw), "", null));
                rows.add(row("Kafka alone: the topology's shape", perSecondOfRaw(shape, raw), "", null));
                rows.add(row("freshness p50 / p95 / p99 at 1,000/s", String.format("%d / %d / %d ms",
                        freshness.percentile(0.50), p95, freshness.percentile(0.99)), "p95 < 1,000 ms",
                        p95 >= 0 && p95 < 1000));
            }
            rows.add(row("peak heap in use (sampled every 20 ms)", mb(memory.peakHeapBytes()), "", null));
            rows.add(row("peak RSS (VmHWM)", mb(Memory.peakRssBytes()), "", null));
        }
        out.println();
        printTable(out, rows);
    }

    /**
     * Median times of the dashboard's reads that count at query time over the counted postings (related skills, a
     * skill's share per breakdown value), and of one that reads pre-counted facts, over everything loaded so far.
     */
    private static String queryTimes(Database db) {
        db.dsl().execute("analyze"); // what autovacuum does soon after a load; without it the planner guesses
        SkillQueries queries = new SkillQueries(db.dsl());
        return String.format("median of 5 over %,d counted postings: related(python) %.0f ms, "
                        + "breakdown(region, python) %.0f ms, top skills %.0f ms",
                queries.totalPostings(Period.ALL),
                medianMillis(() -> queries.related("python", Period.ALL, 12)),
                medianMillis(() -> queries.breakdown(Dimensions.REGION, "python", Period.ALL)),
                medianMillis(() -> queries.topSkills(Period.ALL, null, 15)));
    }

    private static double medianMillis(Runnable query) {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /** Lines loaded, seconds until Kafka had them all, and until all of them were visible in PostgreSQL. */
    private record TimedLoad(long lines, double producedSeconds, double visibleSeconds) {
    }

    /** Loads {@code file} into the postings topic and waits until everything loaded is visible in PostgreSQL. */
    private static TimedLoad loadUntilVisible(String bootstrap, CountWriter positions, Path file) throws Exception {
        long start = System.nanoTime();
        long lines = load(new KafkaPostingSink(bootstrap, Topics.POSTINGS), file);
        double produced = (System.nanoTime() - start) / 1e9;
        Readiness.awaitVisible(bootstrap, positions, Duration.ofMinutes(15));
        return new TimedLoad(lines, produced, (System.nanoTime() - start) / 1e9);
    }

    /** Loads the file through {@code sink}, closes it, and returns how many postings Kafka acknowledged. */
    private static long load(PostingSink sink, Path file) throws IOException {
        try (sink) {
            return new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(List.of(file)).sent();
        }
    }

    /**
     * The bulk file through a Kafka Streams application that does Kafka's part of the work and no processing
     * ({@link KafkaShape}), with where the CPU went.
     */
    private RawCeiling.Result kafkaAlone(PrintStream out, KafkaShape.Rung rung, String bootstrap, Path state,
            Inputs inputs) throws Exception {
        RawCeiling.Result result = KafkaShape.measure(rung, bootstrap, state.resolve("streams"), partitions,
                warmup > 0 ? inputs.warmup() : null, inputs.bulk());
        out.printf("%-10s %,d postings through in %.1f s (%,.0f/s); cpu %s%n", rung.id(), result.records(),
                result.seconds(), result.perSecond(), result.cpu());
        return result;
    }

    private static String perSecondOfRaw(RawCeiling.Result result, RawCeiling.Result raw) {
        return String.format("%,.0f postings/s (%.2f of raw)", result.perSecond(), result.perSecond() / raw.perSecond());
    }

    private static String[] row(String figure, String measured, String goal, Boolean met) {
        return new String[] {figure, measured, goal, met == null ? "" : met ? "met" : "MISSED"};
    }

    private static void printTable(PrintStream out, List<String[]> rows) {
        rows.add(0, new String[] {"figure", "measured", "goal", ""});
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            if (r != rows.get(0) && rows.get(1) == r) {
                out.printf("|%s|%s|%s|%s|%n", "-".repeat(width[0] + 2), "-".repeat(width[1] + 1) + ":",
                        "-".repeat(width[2] + 2), "-".repeat(width[3] + 2));
            }
            out.printf("| %-" + width[0] + "s | %" + width[1] + "s | %-" + width[2] + "s | %-" + width[3] + "s |%n",
                    (Object[]) r);
        }
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes >> 20);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

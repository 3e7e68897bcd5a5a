package dev.skillpulse.app;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static dev.skillpulse.store.jooq.Tables.FACT_COUNT;
import static dev.skillpulse.store.jooq.Tables.BREAKDOWN_MONTH;
import static dev.skillpulse.store.jooq.Tables.COOCCURRENCE_MONTH;
import static dev.skillpulse.store.jooq.Tables.CUBE_MONTH;

import dev.skillpulse.app.bench.SampleFile;
import dev.skillpulse.app.bench.Wrk;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReaderOptions;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.PostgresServer;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code skillpulse bench-api}: loads postings once into a kept state (broker log, Streams state, a database), then
 * measures the JSON API: each main endpoint under wrk at several connection counts, each endpoint's uncached
 * answer, and the dashboard page's first load; with {@code --rebuild}, how fast the projector rebuilds every count
 * and summary from count-changes into a new database.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        header = "Benchmark the JSON API over a kept state: req/s, p50 and p99 per endpoint, and the first page load.",
        description = {"Benchmark the JSON API over a kept state: the first run loads the postings (generated, or",
            "--data files) through the in-process broker, the topology and the projector into a database on the local",
            "PostgreSQL (kept, like --state-dir, for reruns); every run then drives each main endpoint with wrk and",
            "prints req/s, p50 and p99, each endpoint's uncached time, and the page's first load.",
            "--rebuild instead times the projector rebuilding everything from count-changes into a new database."})
public final class ApiBenchCommand implements Callable<Integer> {
    /**
     * The main endpoints: top skills (with and without a filter), trends, related, a breakdown, stats, CSV, and
     * those of the trend API: taxonomy, compare, categories, requirements, outlook, an industry breakdown, the
     * postings behind a number.
     */
    static final List<String> ENDPOINTS = List.of(
            "/api/skills/top?limit=20",
            "/api/skills/top?limit=20&country=US",
            "/api/skills/python/trend?grain=week",
            "/api/skills/python/trend?grain=month",
            "/api/skills/python/related",
            "/api/breakdown/country?skill=python",
            "/api/stats",
            "/api/export/trends.csv?grain=month",
            "/api/taxonomy",
            "/api/compare?skills=python,sql,pytorch&grain=month",
            "/api/categories/trend",
            "/api/requirements",
            "/api/outlook",
            "/api/breakdown/industry?skill=python",
            "/api/postings?skill=python");
    /**
     * What the landing (outlook) page asks on its first load, in two rounds: the outlook and the data's span, then
     * the latest month's top terms and stats (the generated data ends in October 2026).
     */
    private static final List<List<String>> PAGE = List.of(
            List.of("/api/outlook", "/api/skills/top?limit=1"),
            List.of("/api/skills/top?from=2026-10-01&to=2026-10-31&limit=10",
                    "/api/stats?from=2026-10-01&to=2026-10-31"));

    private static final int WARMUP_SECONDS = 3;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".skillpulse/api-bench-1m",
            description = "Kept state: broker log and Streams state (default: ${DEFAULT-VALUE}, ignored by git).")
    Path stateDir;

    @Option(names = "--database", defaultValue = "skillpulse_api_bench_1m",
            description = "Database on the local PostgreSQL, kept with the state (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--postings", paramLabel = "N", defaultValue = "1000000",
            description = "Generated posting versions spanning 2019-01..2026-10 to load once (default: ${DEFAULT-VALUE}).")
    int postings;

    @Option(names = "--data", paramLabel = "PATH", description = "Load these files instead of generated postings.")
    List<Path> data;

    @Option(names = "--connections", split = ",", defaultValue = "16,64",
            description = "wrk connection counts (default: ${DEFAULT-VALUE}).")
    List<Integer> connections;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds per wrk run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rebuild", description = "Time the projector rebuilding counts and summaries into a new database.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (postings < 1 || seconds < 1 || connections.stream().anyMatch(c -> c < 1)) {
            throw new ParameterException(spec.commandLine(), "--postings, --seconds and --connections must be >= 1");
        }
        PrintStream out = System.out;
        Taxonomy taxonomy = Taxonomy.loadOrBundled(null);
        PostgresServer server = PostgresServer.local();
        server.createDatabaseIfAbsent(database);
        Path loaded = stateDir.resolve("loaded");
        out.printf("machine    %d processors, load average %s%n", Runtime.getRuntime().availableProcessors(),
                BenchCommand.loadAverage());
        try (EmbeddedKafka kafka = EmbeddedKafka.start(stateDir.resolve("kafka"), EmbeddedKafka.freePort());
             Database db = Database.open(server.jdbcUrl(database))) {
            String bootstrap = kafka.bootstrapServers();
            KafkaSetup.createTopics(bootstrap, 3);
            TermCatalog.sync(db.dsl(), taxonomy);
            if (rebuild) {
                rebuild(out, bootstrap, server, db);
                return 0;
            }
            try (TopologyRunner topology = new TopologyRunner(StreamsSettings.of(bootstrap, stateDir.resolve("streams")));
                 DashboardService service = new DashboardService(bootstrap, db, Taxonomy.bundled(),
                         DashboardService.Options.of("127.0.0.1", 0, Topics.GENERATION, true), Map.of())) {
                topology.start();
                service.start();
                if (!Files.exists(loaded)) {
                    load(out, bootstrap, db, taxonomy);
                    Files.writeString(loaded, "loaded\n");
                } else {
                    long start = System.nanoTime();
                    Readiness.awaitVisible(bootstrap, new CountWriter(db.dsl()), Duration.ofMinutes(60));
                    out.printf("resumed    state of %s, caught up after %.1f s%n", stateDir, (System.nanoTime() - start) / 1e9);
                }
                db.dsl().execute("analyze");
                out.printf("size       %s%n", sizes(db));
                String base = "http://127.0.0.1:" + service.port();
                uncached(out, base);
                firstLoad(out, base);
                driveWithWrk(out, base, service);
            }
        }
        out.printf("machine    load average %s at the end%n", BenchCommand.loadAverage());
        return 0;
    }

    private void load(PrintStream out, String bootstrap, Database db, Taxonomy taxonomy) throws Exception {
        List<Path> files = data;
        if (files == null || files.isEmpty()) {
            Path file = stateDir.resolve("postings.jsonl");
            long start = System.nanoTime();
            SampleFile.write(file, postings, 42, "", taxonomy);
            out.printf("generated  %,d postings in %.1f s%n", postings, (System.nanoTime() - start) / 1e9);
            files = List.of(file);
        }
        long start = System.nanoTime();
        long sent;
        try (KafkaPostingSink sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS)) {
            sent = new Loader(sink, ReaderOptions.DEFAULT, Loader.Progress.NONE).load(files).sent();
        }
        double produced = (System.nanoTime() - start) / 1e9;
        Readiness.awaitVisible(bootstrap, new CountWriter(db.dsl()), Duration.ofMinutes(120));
        double visible = (System.nanoTime() - start) / 1e9;
        out.printf("loaded     %,d postings produced in %.1f s, visible in PostgreSQL after %.1f s (%,.0f/s)%n", sent,
                produced, visible, sent / visible);
    }

    /** Counted postings and the rows of each summary: the read side's sizes. */
    private static String sizes(Database db) {
        return String.format("%,d counted postings; rows: fact_count %,d, cube_month %,d, cooccurrence_month %,d, "
                + "breakdown_month %,d", db.dsl().fetchCount(COUNTED_POSTING), db.dsl().fetchCount(FACT_COUNT),
                db.dsl().fetchCount(CUBE_MONTH), db.dsl().fetchCount(COOCCURRENCE_MONTH),
                db.dsl().fetchCount(BREAKDOWN_MONTH));
    }

    /** Each endpoint answered without the cache (a parameter the API ignores makes each request new): median of 5. */
    private static void uncached(PrintStream out, String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong nonce = new AtomicLong();
        for (String endpoint : ENDPOINTS) {
            double[] millis = new double[5];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                get(http, base + endpoint + (endpoint.contains("?") ? "&" : "?") + "uncached=" + nonce.incrementAndGet());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("uncached   %-42s median %6.1f ms, max %6.1f ms%n", endpoint, millis[2], millis[4]);
        }
    }

    /** The page's first load with nothing cached: its two rounds of parallel requests, 5 times. */
    private static void firstLoad(PrintStream out, String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            String fresh = "fresh=" + i + "-" + System.nanoTime();
            long start = System.nanoTime();
            for (List<String> round : PAGE) {
                CompletableFuture.allOf(round.stream()
                        .map(path -> http.sendAsync(HttpRequest.newBuilder(URI.create(base + path
                                + (path.contains("?") ? "&" : "?") + fresh)).build(), HttpResponse.BodyHandlers.ofString()))
                        .toArray(CompletableFuture[]::new)).join();
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        out.printf("page       first load (%d calls in 2 rounds, nothing cached): median %.1f ms, max %.1f ms%n",
                PAGE.stream().mapToInt(List::size).sum(), millis[2], millis[4]);
    }

    private void driveWithWrk(PrintStream out, String base, DashboardService service) throws Exception {
        if (!Wrk.available()) {
            out.println("wrk        not installed (apt-get install wrk): no load figures");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"endpoint", "connections", "req/s", "p50 ms", "p99 ms", "errors"});
        HttpClient http = HttpClient.newHttpClient();
        // The serving path is JIT-compiled during the first seconds of load: measured without this warm-up, req/s
        // rose with each endpoint in turn (379 on the first, 18,265 on the seventh at the 19k sample).
        for (String endpoint : ENDPOINTS) {
            get(http, base + endpoint); // the cold answer is timed above ("uncached"); wrk measures the warm one
            Wrk.run(base + endpoint, connections.get(0), WARMUP_SECONDS);
        }
        for (String endpoint : ENDPOINTS) {
            for (int c : connections) {
                long misses = service.cache().misses();
                Wrk.Result r = Wrk.run(base + endpoint, c, seconds);
                misses = service.cache().misses() - misses;
                rows.add(new String[] {"`" + endpoint + "`", Integer.toString(c),
                        String.format("%,.0f", r.requestsPerSecond()), String.format("%.2f", r.p50Millis()),
                        String.format("%.2f", r.p99Millis()), r.errors()});
                out.printf("wrk        %-42s c=%-3d %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %d cache misses %s%n",
                        endpoint, c, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), misses, r.errors());
            }
        }
        out.println();
        for (String[] row : rows) {
            out.println("| " + String.join(" | ", row) + " |");
            if (row == rows.get(0)) {
                out.println("|---|---:|---:|---:|---:|---|");
            }
        }
    }

    /** A new database, the projector from the start of count-changes, until it has caught up. */
    private void rebuild(PrintStream out, String bootstrap, PostgresServer server, Database source) throws Exception {
        String target = database + "_rebuild";
        server.dropDatabase(target);
        server.createDatabaseIfAbsent(target);
        try (Database db = Database.open(server.jdbcUrl(target))) {
            Taxonomy taxonomy = Taxonomy.loadOrBundled(null);
            TermCatalog.sync(db.dsl(), taxonomy);
            CountWriter writer = new CountWriter(db.dsl());
            CountProjector projector = new CountProjector(bootstrap, writer, TermGroups.of(taxonomy));
            Thread thread = new Thread(projector, "projector");
            long start = System.nanoTime();
            thread.start();
            try {
                Readiness.awaitVisible(bootstrap, writer, Duration.ofMinutes(120));
            } finally {
                projector.close();
                thread.join(30_000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long counted = db.dsl().fetchCount(COUNTED_POSTING);
            out.printf("rebuild    %,d count-change records, %,d counted postings rebuilt in %.1f s: %,.0f records/s, "
                            + "%,.0f counted postings/s%n", projector.appliedRecords(), counted, seconds,
                    projector.appliedRecords() / seconds, counted / seconds);
            out.printf("size       %s%n", sizes(db));
            long sourceCounted = source.dsl().fetchCount(COUNTED_POSTING);
            out.printf("check      counted postings: rebuilt %,d, kept %,d%n", counted, sourceCounted);
        } finally {
            server.dropDatabase(target);
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}

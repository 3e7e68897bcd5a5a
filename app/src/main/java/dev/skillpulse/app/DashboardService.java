package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.dashboard.ApiPart;
import dev.skillpulse.dashboard.CountEvents;
import dev.skillpulse.dashboard.DashboardApp;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.dashboard.HealthController;
import dev.skillpulse.dashboard.IngestController;
import dev.skillpulse.dashboard.ResponseCache;
import dev.skillpulse.dashboard.SkillController;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.streams.TopologyRunner;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import java.util.stream.Stream;

/**
 * The read side: the projector (count topic → PostgreSQL), the API's other parts (posting details, HTTP ingest,
 * metrics) and the dashboard serving from PostgreSQL. Nothing runs until {@link #start()}, which checks the port,
 * checks the counts' source, listens, and only then starts the projectors' threads; whatever it opened is closed
 * again when a step fails.
 */
final class DashboardService implements AutoCloseable {
    /** Where and how to serve, and which counts to add. */
    record Options(String host, int port, String generation, boolean rebuild, String ingestToken,
            Promotions.Settings promotion) {
        Options(String host, int port, String generation, boolean rebuild, String ingestToken) {
            this(host, port, generation, rebuild, ingestToken, null);
        }

        /** {@code ingestToken} from {@code SKILLPULSE_INGEST_TOKEN} (unset: HTTP ingest is off). */
        static Options of(String host, int port, String generation, boolean rebuild) {
            return new Options(host, port, generation, rebuild, System.getenv(IngestController.TOKEN_VARIABLE));
        }

        /** The same, with POST /api/promote rebuilding as {@code promotion} says (null: promoting is off). */
        Options promoting(Promotions.Settings promotion) {
            return new Options(host, port, generation, rebuild, ingestToken, promotion);
        }
    }

    private final String bootstrap;
    private final Database db;
    /** The taxonomy the API answers with: a promotion's switch replaces it. */
    private volatile Taxonomy taxonomy;
    private final Options options;
    /** What the dashboard reads from: the database given, until a promotion's switch. */
    private final SwitchingConnections reads;
    private final DSLContext readDsl;
    private final Map<String, Supplier<String>> extraHealth;
    private final List<MeterBinder> extraMeters;
    private volatile CountProjector projector;
    private Thread projectorThread;
    private Javalin app;
    private KafkaHealth kafkaHealth;
    private ResponseCache cache;
    private ApiParts api;
    private AppliedPosition applied;
    private Promotions promotions;
    private volatile GenerationRebuild current;

    /**
     * {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM);
     * {@code options.generation()}: the topology generation whose count changes to add; {@code options.rebuild()}:
     * counts from another Kafka cluster or topology generation are dropped and recounted, not refused.
     */
    DashboardService(String bootstrap, Database db, Taxonomy taxonomy, Options options,
            Map<String, Supplier<String>> extraHealth) {
        this(bootstrap, db, taxonomy, options, extraHealth, List.of());
    }

    /** {@code extraMeters} add to /metrics (e.g. the topology's Kafka Streams metrics when it runs in this JVM). */
    DashboardService(String bootstrap, Database db, Taxonomy taxonomy, Options options,
            Map<String, Supplier<String>> extraHealth, List<MeterBinder> extraMeters) {
        this.bootstrap = bootstrap;
        this.db = db;
        this.taxonomy = taxonomy;
        this.options = options;
        this.extraHealth = Map.copyOf(extraHealth);
        this.extraMeters = List.copyOf(extraMeters);
        this.reads = new SwitchingConnections(db.dataSource());
        this.readDsl = DSL.using(reads, SQLDialect.POSTGRES);
    }

    /**
     * Starts everything; a taken port is a {@link CommandFailure}, counts from another source a
     * {@code SourceMismatchException}, and either leaves nothing running.
     */
    DashboardService start() throws IOException {
        FreePort.require(options.host(), options.port(), "--port");
        applied = AppliedPosition.fromDatabase(db.dsl());
        // One set of groups for the projector that counts them and the queries that read them.
        TermGroups groups = TermGroups.of(taxonomy);
        projector = new CountProjector(CountProjector.Settings.of(bootstrap, options.rebuild())
                .withGeneration(options.generation()), new CountWriter(db.dsl(), applied), null,
                groups);
        try {
            projector.claimSourceIfReachable();
            kafkaHealth = new KafkaHealth(bootstrap);
            if (options.promotion() != null) {
                promotions = new Promotions(bootstrap, options.promotion(), this::switchTo);
            }
            api = new ApiParts(bootstrap, db, readDsl, () -> taxonomy, groups, options.ingestToken(),
                    () -> projector, extraMeters, promotions);
            Map<String, Supplier<String>> components = new LinkedHashMap<>();
            components.put("kafka", HealthCheck.upWhen(kafkaHealth::isUp));
            components.putAll(extraHealth);
            components.put("database", HealthCheck.upWhen(db::isUp));
            components.put("projector", () -> projector.state().health());
            components.put("postingDetails", HealthCheck.upWhen(() -> current == null ? api.isHealthy()
                    : current.detailsHealthy()));
            // Answers depend on the counts and, for the postings list, on the posting details: both positions only grow,
            // so their sum changes whenever either does.
            AppliedPosition details = api.detailsWritten();
            cache = new ResponseCache(() -> applied.version() + details.version());
            app = DashboardApp.create(new SkillController(new SkillQueries(readDsl)),
                    new HealthController(HealthCheck.of(components, Map.of("projector", () -> projector.state()))),
                    cache,
                    Stream.concat(Stream.of(api.parts()), Stream.of(new CountEvents(applied))).toArray(ApiPart[]::new));
            app.start(options.host(), options.port());
        } catch (JavalinBindException e) {
            closeQuietly();
            // taken between the check and now
            throw new CommandFailure("port " + options.port() + " on " + options.host() + " is in use: stop what "
                    + "listens there, or give another --port", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        projectorThread = new Thread(projector, "projector");
        projectorThread.start();
        api.start();
        return this;
    }

    /**
     * A promotion's rebuild has caught up: the old projector stops first (so it never writes after the switch), then
     * reads, the taxonomy and health move to the new generation, the cache's key moves (no answer of the old counts
     * is served again), and the old topology stops.
     */
    private synchronized void switchTo(GenerationRebuild next) {
        try {
            if (current == null) {
                projector.close();
                projectorThread.join(30_000);
                api.stopDetails();
            } else {
                current.stopWriters();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the old projector", e);
        }
        reads.switchTo(next.database().dataSource());
        taxonomy = next.taxonomy();
        projector = next.projector();
        next.forwardTo(applied, api.detailsWritten());
        TopologyRunner old = options.promotion().topology().getAndSet(next.topology());
        if (old != null && old != next.topology()) {
            old.close();
        }
        current = next;
    }

    private void closeQuietly() {
        if (app != null) {
            app.stop();
        }
        if (kafkaHealth != null) {
            kafkaHealth.close();
        }
        if (api != null) {
            try {
                api.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        projector.close();
        projector = null;
    }

    CountProjector projector() {
        return projector;
    }

    ResponseCache cache() {
        return cache;
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
        if (projector != null && current == null) {
            projector.close();
            if (projectorThread != null) {
                projectorThread.join(30_000);
            }
        }
        if (api != null) {
            api.close();
        }
        if (promotions != null) {
            promotions.close();
        }
        if (kafkaHealth != null) {
            kafkaHealth.close();
        }
    }
}

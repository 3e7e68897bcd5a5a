package dev.skillpulse.app;

import dev.skillpulse.dashboard.DashboardApp;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.dashboard.HealthController;
import dev.skillpulse.dashboard.ResponseCache;
import dev.skillpulse.dashboard.SkillController;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.SkillQueries;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read side: the projector (count topic → PostgreSQL) and the dashboard serving from PostgreSQL. Nothing runs
 * until {@link #start()}, which checks the port, checks the counts' source, listens, and only then starts the
 * projector's thread; whatever it opened is closed again when a step fails.
 */
final class DashboardService implements AutoCloseable {
    private final String bootstrap;
    private final Database db;
    private final String host;
    private final int port;
    private final Map<String, Supplier<String>> extraHealth;
    private final String generation;
    private final boolean rebuild;
    private volatile CountProjector projector;
    private Thread projectorThread;
    private Javalin app;
    private KafkaHealth kafkaHealth;
    private ResponseCache cache;

    /**
     * {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM);
     * {@code generation}: the topology generation whose count changes to add; {@code rebuild}: counts from another
     * Kafka cluster or topology generation are dropped and recounted, not refused.
     */
    DashboardService(String bootstrap, Database db, String host, int port, Map<String, Supplier<String>> extraHealth,
            String generation, boolean rebuild) {
        this.bootstrap = bootstrap;
        this.db = db;
        this.host = host;
        this.port = port;
        this.extraHealth = Map.copyOf(extraHealth);
        this.generation = generation;
        this.rebuild = rebuild;
    }

    /**
     * Starts everything; a taken port is a {@link CommandFailure}, counts from another source a
     * {@code SourceMismatchException}, and either leaves nothing running.
     */
    DashboardService start() throws IOException {
        FreePort.require(host, port, "--port");
        AppliedPosition applied = AppliedPosition.fromDatabase(db.dsl());
        projector = new CountProjector(CountProjector.Settings.of(bootstrap, rebuild).withGeneration(generation),
                new CountWriter(db.dsl(), applied), null);
        try {
            projector.claimSourceIfReachable();
            kafkaHealth = new KafkaHealth(bootstrap);
            Map<String, Supplier<String>> components = new LinkedHashMap<>();
            components.put("kafka", HealthCheck.upWhen(kafkaHealth::isUp));
            components.putAll(extraHealth);
            components.put("database", HealthCheck.upWhen(db::isUp));
            components.put("projector", () -> projector.state().health());
            cache = new ResponseCache(applied);
            app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                    new HealthController(HealthCheck.of(components, Map.of("projector", projector::state))), cache);
            app.start(host, port);
        } catch (JavalinBindException e) {
            closeQuietly();
            // taken between the check and now
            throw new CommandFailure("port " + port + " on " + host + " is in use: stop what listens there, or give "
                    + "another --port", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        projectorThread = new Thread(projector, "projector");
        projectorThread.start();
        return this;
    }

    private void closeQuietly() {
        if (app != null) {
            app.stop();
        }
        if (kafkaHealth != null) {
            kafkaHealth.close();
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
        if (projector != null) {
            projector.close();
            if (projectorThread != null) {
                projectorThread.join(30_000);
            }
        }
        if (kafkaHealth != null) {
            kafkaHealth.close();
        }
    }
}

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The read side: the projector (count topic → PostgreSQL) and the dashboard serving from PostgreSQL. */
final class DashboardService implements AutoCloseable {
    private final CountProjector projector;
    private final Thread projectorThread;
    private final Javalin app;
    private final KafkaProbe kafkaProbe;
    private final ResponseCache cache;

    /**
     * {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM);
     * {@code generation}: the topology generation whose count changes to add; {@code rebuild}: counts from another
     * Kafka cluster or topology generation are dropped and recounted, not refused.
     */
    DashboardService(String bootstrap, Database db, String host, int port, Map<String, Supplier<String>> extraHealth,
            String generation, boolean rebuild) {
        AppliedPosition applied = AppliedPosition.fromDatabase(db.dsl());
        projector = new CountProjector(CountProjector.Settings.of(bootstrap, rebuild).withGeneration(generation),
                new CountWriter(db.dsl(), applied), null);
        try {
            projector.claimSourceIfReachable();
        } catch (RuntimeException e) {
            projector.close();
            throw e;
        }
        projectorThread = new Thread(projector, "projector");
        kafkaProbe = new KafkaProbe(bootstrap);
        Map<String, Supplier<String>> components = new LinkedHashMap<>();
        components.put("kafka", HealthCheck.upWhen(kafkaProbe::isUp));
        components.putAll(extraHealth);
        components.put("database", HealthCheck.upWhen(db::isUp));
        components.put("projector", () -> projector.state().health());
        cache = new ResponseCache(applied);
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(HealthCheck.of(components, Map.of("projector", projector::state))), cache);
        projectorThread.start();
        app.start(host, port);
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
        app.stop();
        projector.close();
        projectorThread.join(30_000);
        kafkaProbe.close();
    }
}

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
    private final ResponseCache cache;

    /** {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM). */
    DashboardService(String bootstrap, Database db, String host, int port, Map<String, Supplier<Boolean>> extraHealth) {
        AppliedPosition applied = AppliedPosition.fromDatabase(db.dsl());
        projector = new CountProjector(bootstrap, new CountWriter(db.dsl(), applied));
        projectorThread = new Thread(projector, "projector");
        Map<String, Supplier<Boolean>> components = new LinkedHashMap<>();
        components.put("kafka", projector::isHealthy);
        components.putAll(extraHealth);
        components.put("database", db::isUp);
        cache = new ResponseCache(applied);
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(components)), cache);
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
    }
}

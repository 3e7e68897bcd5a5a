package dev.skillpulse.app;

import dev.skillpulse.dashboard.DashboardApp;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.dashboard.HealthController;
import dev.skillpulse.dashboard.SkillController;
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
 * until {@link #start()}, which listens first and starts the projector only once the port is its own.
 */
final class DashboardService implements AutoCloseable {
    private final String bootstrap;
    private final Database db;
    private final String host;
    private final int port;
    private final Map<String, Supplier<Boolean>> extraHealth;
    private volatile CountProjector projector;
    private Thread projectorThread;
    private Javalin app;

    /** {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM). */
    DashboardService(String bootstrap, Database db, String host, int port, Map<String, Supplier<Boolean>> extraHealth) {
        this.bootstrap = bootstrap;
        this.db = db;
        this.host = host;
        this.port = port;
        this.extraHealth = Map.copyOf(extraHealth);
    }

    /** Listens on the port, then starts the projector; a taken port is a {@link CommandFailure}, leaving nothing. */
    DashboardService start() throws IOException {
        FreePort.require(host, port, "--port");
        Map<String, Supplier<Boolean>> components = new LinkedHashMap<>();
        components.put("kafka", () -> projector != null && projector.isHealthy());
        components.putAll(extraHealth);
        components.put("database", db::isUp);
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(components)));
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            app.stop();
            // taken between the check and now
            throw new CommandFailure("port " + port + " on " + host + " is in use: stop what listens there, or give "
                    + "another --port", e);
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        // Created only now: its consumer is closed by its own thread, so it must not exist without one.
        projector = new CountProjector(bootstrap, new CountWriter(db.dsl()));
        projectorThread = new Thread(projector, "projector");
        projectorThread.start();
        return this;
    }

    CountProjector projector() {
        return projector;
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
            projectorThread.join(30_000);
        }
    }
}

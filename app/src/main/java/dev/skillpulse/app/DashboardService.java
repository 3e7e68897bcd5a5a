package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.dashboard.ApiPart;
import dev.skillpulse.dashboard.CountEvents;
import dev.skillpulse.dashboard.DashboardApp;
import dev.skillpulse.dashboard.HealthCheck;
import dev.skillpulse.dashboard.HealthController;
import dev.skillpulse.dashboard.IngestController;
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
import java.util.stream.Stream;

/** The read side: the projector (count topic → PostgreSQL) and the dashboard serving from PostgreSQL. */
final class DashboardService implements AutoCloseable {
    private final CountProjector projector;
    private final Thread projectorThread;
    private final Javalin app;
    private final ApiParts api;

    /** {@code extraHealth} adds components to /api/health (e.g. the topology when it runs in this JVM). */
    DashboardService(String bootstrap, Database db, Taxonomy taxonomy, String host, int port,
            Map<String, Supplier<Boolean>> extraHealth) {
        this(bootstrap, db, taxonomy, System.getenv(IngestController.TOKEN_VARIABLE), host, port, extraHealth);
    }

    /** {@code ingestToken} turns on POST /api/postings (null: off). */
    DashboardService(String bootstrap, Database db, Taxonomy taxonomy, String ingestToken, String host, int port,
            Map<String, Supplier<Boolean>> extraHealth) {
        // The projector's CountWriter advances it after each commit (read-model branch); pages follow it over SSE.
        AppliedPosition applied = AppliedPosition.fromDatabase(db.dsl());
        projector = new CountProjector(bootstrap, new CountWriter(db.dsl()));
        projectorThread = new Thread(projector, "projector");
        Map<String, Supplier<Boolean>> components = new LinkedHashMap<>();
        components.put("kafka", projector::isHealthy);
        components.putAll(extraHealth);
        components.put("database", db::isUp);
        api = new ApiParts(bootstrap, db, taxonomy, ingestToken, projector);
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(components)),
                Stream.concat(Stream.of(api.parts()), Stream.of(new CountEvents(applied))).toArray(ApiPart[]::new));
        projectorThread.start();
        api.start();
        app.start(host, port);
    }

    CountProjector projector() {
        return projector;
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() throws InterruptedException {
        app.stop();
        projector.close();
        projectorThread.join(30_000);
        api.close();
    }
}

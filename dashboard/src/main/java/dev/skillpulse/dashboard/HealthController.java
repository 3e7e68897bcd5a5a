package dev.skillpulse.dashboard;

import io.javalin.http.Context;

/** HTTP for health: 200 when every component is up, 503 otherwise, with each component's status. */
public final class HealthController {
    private final HealthCheck health;

    public HealthController(HealthCheck health) {
        this.health = health;
    }

    public void health(Context ctx) {
        HealthCheck.Health h = health.check();
        ctx.status("UP".equals(h.status()) ? 200 : 503).json(h);
    }
}

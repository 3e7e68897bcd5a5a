package dev.skillpulse.dashboard;

import io.javalin.http.Context;

/**
 * HTTP for health: 503 when a component is down, else 200 (also when degraded: it still serves counts), with each
 * component's status.
 */
public final class HealthController {
    private final HealthCheck health;

    public HealthController(HealthCheck health) {
        this.health = health;
    }

    public void health(Context ctx) {
        HealthCheck.Health h = health.check();
        ctx.status(HealthCheck.DOWN.equals(h.status()) ? 503 : 200).json(h);
    }
}

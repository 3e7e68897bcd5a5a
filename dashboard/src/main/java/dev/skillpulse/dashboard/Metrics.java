package dev.skillpulse.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * {@code GET /metrics} in Prometheus text format, and a timer per route: tagged with the route's path pattern (not
 * the request path, so ids do not make a series each), method and status. Other meters (projector, Kafka clients,
 * database pool, JVM) are bound to the same registry by whoever owns those parts.
 */
public final class Metrics implements ApiPart {
    private final PrometheusMeterRegistry registry;

    public Metrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addTo(JavalinConfig config, UnaryOperator<Handler> cached) {
        config.requestLogger.http(this::time);
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }

    private void time(Context ctx, Float ms) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route pattern, method and status")
                .tag("route", route(ctx))
                .tag("method", ctx.method().name())
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /** The matched endpoint's pattern; static files and unmatched paths share one tag each. */
    private static String route(Context ctx) {
        Endpoint endpoint;
        try {
            endpoint = ctx.endpoints().lastHttpEndpoint();
        } catch (RuntimeException e) {
            endpoint = null;
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/webjars/") ? "/webjars/*" : "static or unmatched";
    }
}

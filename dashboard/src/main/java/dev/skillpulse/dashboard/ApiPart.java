package dev.skillpulse.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.function.UnaryOperator;

/**
 * A part of the API that adds its routes (and, for metrics, its request hooks) to the one route tree. Answers that
 * depend only on the counts go through {@code cached} (the response cache, keyed by the projector's position).
 */
public interface ApiPart {
    void addTo(JavalinConfig config, UnaryOperator<Handler> cached);
}

package dev.skillpulse.dashboard;

import io.javalin.config.JavalinConfig;

/** A part of the API that adds its routes (and, for metrics, its request hooks) to the one route tree. */
public interface ApiPart {
    void addTo(JavalinConfig config);
}

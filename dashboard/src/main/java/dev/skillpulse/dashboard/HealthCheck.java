package dev.skillpulse.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Status of the parts the dashboard depends on: each named component is up or down. */
public final class HealthCheck {
    /** The overall status and each component's. */
    public record Health(String status, Map<String, String> components) {
    }

    private final Map<String, Supplier<Boolean>> components;

    /** {@code components} in display order, e.g. kafka, streams, database. */
    public HealthCheck(Map<String, Supplier<Boolean>> components) {
        this.components = new LinkedHashMap<>(components);
    }

    public Health check() {
        Map<String, String> status = new LinkedHashMap<>();
        components.forEach((name, probe) -> status.put(name, isUp(probe) ? "UP" : "DOWN"));
        return new Health(status.containsValue("DOWN") ? "DOWN" : "UP", status);
    }

    private static boolean isUp(Supplier<Boolean> probe) {
        try {
            return Boolean.TRUE.equals(probe.get());
        } catch (RuntimeException e) {
            return false;
        }
    }
}

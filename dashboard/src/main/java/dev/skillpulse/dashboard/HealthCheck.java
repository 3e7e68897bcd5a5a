package dev.skillpulse.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Status of the parts the dashboard depends on. Each named component says {@code UP}, {@code DOWN}, or a word of
 * its own ({@code DEGRADED}, the projector's {@code CATCHING_UP}); the whole is DOWN when a component is, DEGRADED
 * when one is, else UP. Details (e.g. the projector's lag and the reason it is down) come alongside.
 */
public final class HealthCheck {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";
    public static final String DOWN = "DOWN";

    /** The overall status, each component's, and details by component (left out when there are none). */
    public record Health(String status, Map<String, String> components,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {
    }

    private final Map<String, Supplier<String>> components;
    private final Map<String, Supplier<?>> details;

    /** {@code components} in display order, e.g. kafka, streams, database: each up (true) or down. */
    public HealthCheck(Map<String, Supplier<Boolean>> components) {
        this(upOrDown(components), Map.of());
    }

    private HealthCheck(Map<String, Supplier<String>> components, Map<String, Supplier<?>> details) {
        this.components = new LinkedHashMap<>(components);
        this.details = new LinkedHashMap<>(details);
    }

    /** Components that report a status word, and details by component name. */
    public static HealthCheck of(Map<String, Supplier<String>> components, Map<String, Supplier<?>> details) {
        return new HealthCheck(components, details);
    }

    /** A yes/no probe as a status word. */
    public static Supplier<String> upWhen(Supplier<Boolean> probe) {
        return () -> Boolean.TRUE.equals(probe.get()) ? UP : DOWN;
    }

    private static Map<String, Supplier<String>> upOrDown(Map<String, Supplier<Boolean>> probes) {
        Map<String, Supplier<String>> statuses = new LinkedHashMap<>();
        probes.forEach((name, probe) -> statuses.put(name, upWhen(probe)));
        return statuses;
    }

    public Health check() {
        Map<String, String> status = new LinkedHashMap<>();
        components.forEach((name, probe) -> status.put(name, statusOf(probe)));
        Map<String, Object> detail = new LinkedHashMap<>();
        details.forEach((name, probe) -> {
            try {
                detail.put(name, probe.get());
            } catch (RuntimeException e) {
                detail.put(name, Map.of("error", String.valueOf(e.getMessage())));
            }
        });
        String overall = status.containsValue(DOWN) ? DOWN : status.containsValue(DEGRADED) ? DEGRADED : UP;
        return new Health(overall, status, detail);
    }

    private static String statusOf(Supplier<String> probe) {
        try {
            String s = probe.get();
            return s == null ? DOWN : s;
        } catch (RuntimeException e) {
            return DOWN;
        }
    }
}

package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HealthCheckTest {
    private static HealthCheck.Health check(String kafka, String database, String projector) {
        Map<String, Supplier<String>> components = new LinkedHashMap<>();
        components.put("kafka", () -> kafka);
        components.put("database", () -> database);
        components.put("projector", () -> projector);
        return HealthCheck.of(components, Map.of("projector", () -> Map.of("lag", 12))).check();
    }

    @Test
    void shouldBeDownWhenAnyComponentIsDown() {
        assertThat(check("UP", "DOWN", "DOWN").status()).isEqualTo("DOWN");
    }

    @Test
    void shouldBeDegradedWhenAComponentIsDegradedAndNoneDown() {
        assertThat(check("UP", "UP", "DEGRADED").status()).isEqualTo("DEGRADED");
    }

    @Test
    void shouldBeUpWhileTheProjectorCatchesUp() {
        HealthCheck.Health health = check("UP", "UP", "CATCHING_UP");

        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.components()).containsEntry("projector", "CATCHING_UP");
        assertThat(health.details()).containsEntry("projector", Map.of("lag", 12));
    }

    @Test
    void shouldCallAComponentDownWhenItsProbeThrows() {
        HealthCheck health = HealthCheck.of(Map.of("database", () -> {
            throw new IllegalStateException("no pool");
        }), Map.of());

        assertThat(health.check().components()).containsEntry("database", "DOWN");
    }
}

package dev.skillpulse.app;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Whether the Kafka cluster answers, for health: one admin client kept open (it reconnects by itself), asked at
 * most every two seconds so that health requests do not become a load on the broker.
 */
final class KafkaHealth implements AutoCloseable {
    private static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Admin admin;
    private long checkedAt;
    private boolean up;

    KafkaHealth(String bootstrap) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000));
    }

    synchronized boolean isUp() {
        long now = System.nanoTime();
        if (checkedAt == 0 || now - checkedAt > CACHE_NANOS) {
            up = answers();
            checkedAt = System.nanoTime();
        }
        return up;
    }

    private boolean answers() {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}

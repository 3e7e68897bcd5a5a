package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates SkillPulse's topics on a cluster; ones that exist are left as they are. */
final class KafkaSetup {
    private KafkaSetup() {
    }

    static void createTopics(String bootstrapServers, int partitions) throws InterruptedException {
        createTopics(bootstrapServers, partitions, Topics.GENERATION);
    }

    /** The same, with the count-change topic of a topology generation. */
    static void createTopics(String bootstrapServers, int partitions, String generation) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(Topics.definitions(partitions, generation)).values().forEach((topic, result) -> {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e);
                    }
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException("cannot create topic " + topic + ": " + e, e);
                }
            });
        }
    }
}

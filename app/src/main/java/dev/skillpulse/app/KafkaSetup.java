package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates SkillPulse's topics on a cluster; ones that exist are left as they are. */
final class KafkaSetup {
    /**
     * How long a broker that accepted the connection may take to answer (the probe, then the cluster description): a
     * broker answers in milliseconds; the budget for an unreachable one is 15 s from start to message, and the JVM's
     * start took 2-5 s here under load.
     */
    static final int REACH_TIMEOUT_MS = 6_000;

    /** A refused connection fails at once; a silent host (firewall, wrong network) is given this long. */
    static final int CONNECT_TIMEOUT_MS = 4_000;

    private KafkaSetup() {
    }

    static void createTopics(String bootstrapServers, int partitions) throws InterruptedException {
        createTopics(bootstrapServers, partitions, Topics.GENERATION);
    }

    /** The same, with the count-change topic of a topology generation. */
    static void createTopics(String bootstrapServers, int partitions, String generation) throws InterruptedException {
        try (Admin admin = connect(bootstrapServers)) {
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

    /** An admin client on a cluster that answered, or a {@link CommandFailure} naming the address. */
    static Admin connect(String bootstrapServers) throws InterruptedException {
        String problem = KafkaProbe.problem(bootstrapServers, CONNECT_TIMEOUT_MS, REACH_TIMEOUT_MS);
        if (problem != null) {
            throw unreachable(bootstrapServers, problem, null);
        }
        Admin admin;
        try {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        } catch (KafkaException e) {
            throw unreachable(bootstrapServers, Failures.rootMessage(e), e);
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(REACH_TIMEOUT_MS)).clusterId()
                    .get(REACH_TIMEOUT_MS + 1000L, TimeUnit.MILLISECONDS);
            return admin;
        } catch (ExecutionException | TimeoutException e) {
            admin.close(Duration.ZERO);
            throw unreachable(bootstrapServers, "no answer within " + REACH_TIMEOUT_MS / 1000 + " s", e);
        } catch (InterruptedException | RuntimeException e) {
            admin.close(Duration.ZERO);
            throw e;
        }
    }

    private static CommandFailure unreachable(String bootstrapServers, String why, Throwable cause) {
        return new CommandFailure("cannot reach Kafka at " + bootstrapServers + " (" + why + "): check that a broker "
                + "runs there and that --bootstrap or SKILLPULSE_BOOTSTRAP names its address", cause);
    }
}

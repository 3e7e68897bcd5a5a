package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
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
     * How long a broker may take to answer before a command gives up: a local broker answers in milliseconds, and the
     * issue's budget for an unreachable one is 15 s from start to message.
     */
    static final int REACH_TIMEOUT_MS = 8_000;

    /** A refused connection fails at once; a silent host (firewall, wrong network) is given this long. */
    static final int CONNECT_TIMEOUT_MS = 5_000;

    private KafkaSetup() {
    }

    static void createTopics(String bootstrapServers, int partitions) throws InterruptedException {
        try (Admin admin = connect(bootstrapServers)) {
            admin.createTopics(Topics.definitions(partitions)).values().forEach((topic, result) -> {
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
        // The admin client retries a refused connection until its timeout without saying why: try TCP first.
        String refusal = firstAnswer(bootstrapServers);
        if (refusal != null) {
            throw unreachable(bootstrapServers, refusal, null);
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

    /** Null when some bootstrap address accepts a TCP connection, else why the last one did not. */
    private static String firstAnswer(String bootstrapServers) {
        String why = "no address";
        for (String address : bootstrapServers.split(",")) {
            int colon = address.strip().lastIndexOf(':');
            if (colon <= 0) {
                return "not HOST:PORT: '" + address.strip() + "'";
            }
            String host = address.strip().substring(0, colon);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, Integer.parseInt(address.strip().substring(colon + 1))),
                        CONNECT_TIMEOUT_MS);
                return null;
            } catch (SocketTimeoutException e) {
                why = "no answer within " + CONNECT_TIMEOUT_MS / 1000 + " s";
            } catch (UnknownHostException e) {
                why = "unknown host " + host;
            } catch (NumberFormatException e) {
                return "not HOST:PORT: '" + address.strip() + "'";
            } catch (IOException | IllegalArgumentException e) {
                why = Failures.rootMessage(e).toLowerCase(Locale.ROOT);
            }
        }
        return why;
    }

    private static CommandFailure unreachable(String bootstrapServers, String why, Throwable cause) {
        return new CommandFailure("cannot reach Kafka at " + bootstrapServers + " (" + why + "): check that a broker "
                + "runs there and that --bootstrap or SKILLPULSE_BOOTSTRAP names its address", cause);
    }
}

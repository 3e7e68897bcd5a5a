package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which addresses the probe takes for a Kafka broker, before any command hands them to a Kafka client. */
class KafkaProbeTest {
    @Test
    void shouldTakeARealBrokerForKafka() throws Exception {
        try (TestKafka kafka = TestKafka.start()) {
            assertThat(KafkaProbe.problem(kafka.bootstrapServers(), 4000, 6000)).isNull();
        }
    }

    @Test
    void shouldSayWhenSomethingElseAnswers() throws Exception {
        try (ServerSocket web = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread server = new Thread(() -> {
                try (Socket client = web.accept(); OutputStream out = client.getOutputStream()) {
                    out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (Exception e) {
                    // the probe has gone: nothing to answer
                }
            });
            server.start();

            assertThat(KafkaProbe.problem("127.0.0.1:" + web.getLocalPort(), 4000, 6000))
                    .isEqualTo("something listens there, but it does not answer as Kafka");
            server.join(10_000);
        }
    }

    @Test
    void shouldSayWhenAListenerNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(KafkaProbe.problem("127.0.0.1:" + silent.getLocalPort(), 4000, 1000))
                    .isEqualTo("connected, but no Kafka answer within 1 s");
        }
    }

    @Test
    void shouldSayWhenNothingListens() throws Exception {
        assertThat(KafkaProbe.problem("127.0.0.1:" + EmbeddedKafka.freePort(), 4000, 6000))
                .isEqualTo("connection refused");
    }

    @Test
    void shouldRejectAnAddressWithoutPort() {
        assertThat(KafkaProbe.problem("localhost", 4000, 6000)).isEqualTo("not HOST:PORT: 'localhost'");
    }
}

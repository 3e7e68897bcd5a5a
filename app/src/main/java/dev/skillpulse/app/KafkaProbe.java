package dev.skillpulse.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Whether a bootstrap address speaks Kafka, asked the way every Kafka client starts: an ApiVersions request. The
 * admin client would retry a refused connection silently until its timeout, and reading a non-Kafka reply (a web
 * server's, say) as a Kafka frame size makes it allocate gigabytes and die of OutOfMemoryError.
 */
final class KafkaProbe {
    private static final short API_VERSIONS = 18;
    private static final int CORRELATION_ID = 0x5C1_11E5;
    private static final byte[] CLIENT_ID = "skillpulse-probe".getBytes(StandardCharsets.US_ASCII);
    /** Far above any ApiVersions reply (a few hundred bytes), far below what a text protocol's first bytes read as. */
    private static final int MAX_REPLY_BYTES = 1 << 20;

    private KafkaProbe() {
    }

    /** Null when some address answered as a Kafka broker does, else why the last one did not. */
    static String problem(String bootstrapServers, int connectTimeoutMs, int answerTimeoutMs) {
        String why = "no address given";
        for (String raw : bootstrapServers.split(",")) {
            String address = raw.strip();
            int colon = address.lastIndexOf(':');
            int port;
            try {
                port = Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException e) {
                return "not HOST:PORT: '" + address + "'";
            }
            if (colon <= 0) {
                return "not HOST:PORT: '" + address + "'";
            }
            why = ask(address.substring(0, colon), port, connectTimeoutMs, answerTimeoutMs);
            if (why == null) {
                return null;
            }
        }
        return why;
    }

    private static String ask(String host, int port, int connectTimeoutMs, int answerTimeoutMs) {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            } catch (SocketTimeoutException e) {
                return "no connection within " + connectTimeoutMs / 1000 + " s";
            }
            socket.setSoTimeout(answerTimeoutMs);
            try {
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                out.writeInt(2 + 2 + 4 + 2 + CLIENT_ID.length);
                out.writeShort(API_VERSIONS);
                out.writeShort(0);
                out.writeInt(CORRELATION_ID);
                out.writeShort(CLIENT_ID.length);
                out.write(CLIENT_ID);
                out.flush();
            } catch (IOException e) {
                // A server that answers at once and hangs up (a web server's 400) breaks the pipe before the
                // request is out; what it sent is still there to read, and it tells what listens.
            }
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            if (size < 4 || size > MAX_REPLY_BYTES || in.readInt() != CORRELATION_ID) {
                return "something listens there, but it does not answer as Kafka";
            }
            return null;
        } catch (SocketTimeoutException e) {
            return "connected, but no Kafka answer within " + answerTimeoutMs / 1000 + " s";
        } catch (EOFException e) {
            return "something listens there, but it closed the connection instead of answering as Kafka";
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        } catch (IOException | IllegalArgumentException e) {
            return Failures.rootMessage(e).toLowerCase(Locale.ROOT);
        }
    }
}

package dev.skillpulse.app;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** A port check before a server starts: Kafka and Jetty log a bind failure at length, this says it in one line. */
final class FreePort {
    private FreePort() {
    }

    /** Throws a {@link CommandFailure} naming the port and {@code option} when something listens on it. */
    static void require(String host, int port, String option) throws IOException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
        } catch (BindException e) {
            throw new CommandFailure("port " + port + " on " + host + " is in use: stop what listens there, or give "
                    + "another " + option, e);
        }
    }
}

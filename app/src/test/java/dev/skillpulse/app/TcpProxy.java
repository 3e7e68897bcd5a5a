package dev.skillpulse.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy a test controls, between a client (the projector's pool) and a server (PostgreSQL), so that a test
 * can cut the database off without stopping the shared server. Armed with a byte pattern, it cuts every
 * connection at the moment the client sends a message containing it (the message is not forwarded: the server
 * sees the client vanish inside its transaction and rolls it back), then refuses new connections for a while.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final CountDownLatch cut = new CountDownLatch(1);
    private volatile byte[] trigger;
    private volatile Duration refuseFor;
    private volatile long refuseUntilNanos;
    private volatile long cutAtNanos;
    private volatile boolean closed;

    TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next client message containing {@code pattern} cuts every connection and refuses new ones for a while. */
    void cutWhenClientSends(String pattern, Duration refuse) {
        this.refuseFor = refuse;
        this.trigger = pattern.getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until the armed cut happened; false on timeout. */
    boolean awaitCut(Duration timeout) throws InterruptedException {
        return cut.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the cut happened (System.nanoTime()), 0 before. */
    long cutAtNanos() {
        return cutAtNanos;
    }

    /** When the proxy takes connections again after the cut (System.nanoTime()). */
    long refuseUntilNanos() {
        return refuseUntilNanos;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (System.nanoTime() < refuseUntilNanos) {
                    client.close(); // the database is "down": the driver sees the connection end at once
                    continue;
                }
                Socket server = new Socket(upstreamHost, upstreamPort);
                open.add(client);
                open.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                if (!closed) {
                    sleepQuietly();
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    byte[] pattern = trigger;
                    if (fromClient && pattern != null && contains(buffer, n, pattern)) {
                        cutAll();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or closed by the other side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private synchronized void cutAll() {
        if (trigger == null) {
            return;
        }
        trigger = null;
        cutAtNanos = System.nanoTime();
        refuseUntilNanos = cutAtNanos + refuseFor.toNanos();
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
        cut.countDown();
    }

    private static boolean contains(byte[] buffer, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        open.forEach(TcpProxy::closeQuietly);
    }
}

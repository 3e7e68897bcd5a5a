package dev.skillpulse.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for long-running commands: {@link #await()} returns on SIGINT/SIGTERM, and the JVM waits (up to a minute)
 * until {@link #close()} says the command has shut its services down. Open it first in try-with-resources so it
 * closes last.
 */
final class StopSignal implements AutoCloseable {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    StopSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "skillpulse-stop"));
    }

    void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void close() {
        done.countDown();
    }
}

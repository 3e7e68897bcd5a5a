package dev.skillpulse.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** A thread with a given name that spins until it has used 0.3 s of CPU, for tests of per-thread CPU accounting. */
final class BusyThread {
    static final double CPU_SECONDS = 0.3;

    private BusyThread() {
    }

    /**
     * Runs a busy thread named {@code name}, and returns what {@code measure} says once it has used
     * {@link #CPU_SECONDS}: while it still lives, since an ended thread is no longer in /proc.
     */
    static <T> T measureWhileBusy(String name, Supplier<T> measure) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicBoolean measured = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            while (!measured.get()) {
                Thread.onSpinWait();
            }
        }, name);
        busy.start();
        try {
            while (threads.getThreadCpuTime(busy.getId()) < (long) (CPU_SECONDS * 1e9)) {
                Thread.sleep(10);
            }
            return measure.get();
        } finally {
            measured.set(true);
            busy.join();
        }
    }
}

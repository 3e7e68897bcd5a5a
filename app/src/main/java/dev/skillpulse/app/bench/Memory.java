package dev.skillpulse.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Peak memory of this process: heap in use (sampled while running) and resident set (VmHWM, the kernel's peak). */
public final class Memory implements AutoCloseable {
    private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    /** Starts sampling the heap in use every {@code every}. */
    public Memory(Duration every) {
        sampler = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, bean.getHeapMemoryUsage().getUsed());
                LockSupport.parkNanos(every.toNanos());
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The most heap in use at any sample so far. */
    public long peakHeapBytes() {
        return Math.max(peakHeap, bean.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        running = false;
    }

    /** VmHWM from /proc/self/status; -1 where there is no such file (not Linux). */
    public static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

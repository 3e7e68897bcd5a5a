package dev.skillpulse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StreamThreadTimeTest {
    @Test
    void shouldCountTheOnCpuTimeOfThreadsNamedLikeTheTopologysStreamThreads() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicBoolean measured = new AtomicBoolean();
        long[] before = StreamThreadTime.schedStat();
        Thread busy = new Thread(() -> {
            while (!measured.get()) {
                Thread.onSpinWait();
            }
        }, "skillpulse-topology-v2-0f1e-StreamThread-1");
        busy.start();
        while (threads.getThreadCpuTime(busy.getId()) < 300_000_000L) {
            Thread.sleep(10);
        }
        long[] after = StreamThreadTime.schedStat(); // while the thread lives: an ended one is not in /proc
        measured.set(true);
        busy.join();

        assertThat((after[0] - before[0]) / 1e9).isBetween(0.25, 1.5);
    }
}

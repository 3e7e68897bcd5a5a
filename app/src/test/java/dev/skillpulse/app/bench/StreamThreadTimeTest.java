package dev.skillpulse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamThreadTimeTest {
    @Test
    void shouldCountTheOnCpuTimeOfThreadsNamedLikeTheTopologysStreamThreads() throws InterruptedException {
        long[] before = StreamThreadTime.schedStat();
        long[] after = BusyThread.measureWhileBusy("skillpulse-topology-v2-0f1e-StreamThread-1",
                StreamThreadTime::schedStat);

        assertThat((after[0] - before[0]) / 1e9).isBetween(0.25, 1.5);
    }
}

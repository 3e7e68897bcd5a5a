package dev.skillpulse.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CpuUseTest {
    @Test
    void shouldGroupThreadsByRoleFromTheirTruncatedNames() {
        assertThat(CpuUse.roleOf("skillpulse-topo")).isEqualTo("stream threads");
        assertThat(CpuUse.roleOf("skillpulse-benc")).isEqualTo("stream threads");
        assertThat(CpuUse.roleOf("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(CpuUse.roleOf("data-plane-kafk")).isEqualTo("broker");
        assertThat(CpuUse.roleOf("kafka-producer-")).isEqualTo("producer I/O");
        assertThat(CpuUse.roleOf("java")).isEqualTo("loader");
        assertThat(CpuUse.roleOf("Signal Dispatch")).isEqualTo(CpuUse.OTHER);
    }

    @Test
    void shouldChargeABusyThreadsCpuToItsRole() throws InterruptedException {
        CpuUse.Snapshot before = CpuUse.take();
        String line = BusyThread.measureWhileBusy("projector", () -> CpuUse.between(before, CpuUse.take()));

        Matcher projector = Pattern.compile(" projector (\\d+\\.\\d)").matcher(line);
        assertThat(projector.find()).as(line).isTrue();
        assertThat(Double.parseDouble(projector.group(1))).as(line).isBetween(0.25, 1.5);
    }
}

package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AppliedPositionTest {
    @Test
    void shouldTellListenersEachTimeTheVersionGrows() {
        AppliedPosition position = new AppliedPosition();
        AtomicInteger calls = new AtomicInteger();
        position.onChange(calls::incrementAndGet);

        position.bump();
        position.advanceTo(5);

        assertThat(position.version()).isEqualTo(5);
        assertThat(calls).hasValue(2);
    }

    @Test
    void shouldNeverGoBackNorNotifyWhenAskedToMoveToAnOlderVersion() {
        AppliedPosition position = new AppliedPosition();
        position.advanceTo(7);
        AtomicInteger calls = new AtomicInteger();
        position.onChange(calls::incrementAndGet);

        position.advanceTo(3);
        position.advanceTo(7);

        assertThat(position.version()).isEqualTo(7);
        assertThat(calls).hasValue(0);
    }
}

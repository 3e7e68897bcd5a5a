package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TopologyErrorsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final TopologyErrors errors = new TopologyErrors(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void shouldStopReplacingAStreamThreadThatKeepsDying() {
        for (int i = 0; i < TopologyErrors.MAX_REPLACEMENTS; i++) {
            assertThat(errors.threadDied(new IllegalStateException("poison"))).isTrue();
        }

        assertThat(errors.threadDied(new IllegalStateException("poison"))).isFalse();
        assertThat(errors.threadFailures()).isEqualTo(TopologyErrors.MAX_REPLACEMENTS + 1);
        assertThat(errors.lastThreadFailure()).contains("poison");
    }

    @Test
    void shouldReplaceAThreadAgainOnceEarlierDeathsLeftTheWindow() {
        for (int i = 0; i < TopologyErrors.MAX_REPLACEMENTS; i++) {
            errors.threadDied(new IllegalStateException("rare"));
        }
        now.set(now.get().plus(TopologyErrors.WINDOW).plusSeconds(1));

        assertThat(errors.threadDied(new IllegalStateException("rare"))).isTrue();
    }
}

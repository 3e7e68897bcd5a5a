package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorTextTest {
    @Test
    void parsesPostgresTextOfABigintArrayWithNegativesAndManyElements() {
        StringBuilder text = new StringBuilder("{");
        long[] expected = new long[40];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (i % 3 == 0 ? -1 : 1) * (long) i * 1_000_003L;
            text.append(i == 0 ? "" : ",").append(expected[i]);
        }
        text.append('}');

        assertThat(CountWriter.parse(text.toString())).containsExactly(expected);
    }

    @Test
    void parsesAnEmptyArray() {
        assertThat(CountWriter.parse("{}")).isEmpty();
    }
}

package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearFitTest {
    @Test
    void slopeAndIntervalMatchAHandComputedFit() {
        // x 0..4, y 1 3 2 5 4: Sxx 10, Sxy 8, slope 0.8, intercept 1.4; residuals -0.4 0.8 -1 1.2 -0.6, SSE 3.6;
        // se = sqrt(3.6 / 3 / 10) = 0.34641; t(0.975, 3) = 3.182; half-width 1.10228.
        LinearFit fit = LinearFit.of(new double[] {0, 1, 2, 3, 4}, new double[] {1, 3, 2, 5, 4});

        assertThat(fit.slope()).isCloseTo(0.8, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(1.4, within(1e-12));
        assertThat(fit.low()).isCloseTo(-0.30228, within(1e-5));
        assertThat(fit.high()).isCloseTo(1.90228, within(1e-5));
        assertThat(fit.rising()).isFalse();
    }

    @Test
    void aPerfectFitHasNoWidthAndRisesWhenItsSlopeIsPositive() {
        LinearFit fit = LinearFit.of(new double[] {0, 1, 2, 3}, new double[] {0.1, 0.2, 0.3, 0.4});

        assertThat(fit.low()).isCloseTo(0.1, within(1e-9));
        assertThat(fit.rising()).isTrue();
    }

    @Test
    void largeSamplesUseTheNormalQuantileCorrectedForDegreesOfFreedom() {
        assertThat(LinearFit.t975(60)).isCloseTo(2.000, within(0.001));
        assertThat(LinearFit.t975(120)).isCloseTo(1.980, within(0.001));
    }

    @Test
    void refusesFewerThanThreePoints() {
        assertThatThrownBy(() -> LinearFit.of(new double[] {0, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

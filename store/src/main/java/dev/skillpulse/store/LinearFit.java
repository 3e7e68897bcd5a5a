package dev.skillpulse.store;

/**
 * Ordinary least squares of y on x with the slope's 95 % confidence interval (Student's t with n - 2 degrees of
 * freedom), so that "rising" can be checked by a reader: the interval lies above 0. Needs at least 3 points with
 * distinct x; with a perfect fit the interval is the slope itself.
 */
public record LinearFit(double slope, double intercept, double low, double high, int points) {
    /** Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public static LinearFit of(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 3) {
            throw new IllegalArgumentException("a fit needs at least 3 points, got " + n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a fit needs distinct x values");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            sse += r * r;
        }
        double se = Math.sqrt(sse / (n - 2) / sxx);
        double half = t975(n - 2) * se;
        return new LinearFit(slope, intercept, slope - half, slope + half, n);
    }

    /** Beyond 30 degrees of freedom, the normal quantile with the first Cornish-Fisher term (error below 0.001). */
    static double t975(int df) {
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = 1.959964;
        return z + (z * z * z + z) / (4.0 * df);
    }

    public boolean rising() {
        return low > 0;
    }

    public boolean declining() {
        return high < 0;
    }
}

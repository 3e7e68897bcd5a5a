package dev.skillpulse.store;

import java.time.Duration;

/**
 * Waits between retries, doubling from {@code first} up to {@code max}, and decides which failures are worth a log
 * line: the first of a run of failures, then one a minute, so an outage of an hour logs some 60 lines, not 36,000.
 */
final class Backoff {
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final long firstMillis;
    private final long maxMillis;
    private long nextMillis;
    private long failures;
    private long firstFailureNanos;
    private long lastLogNanos;

    Backoff(Duration first, Duration max) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = firstMillis;
    }

    /** Counts a failure; true when it should be logged. */
    boolean failed() {
        long now = System.nanoTime();
        failures++;
        if (failures == 1) {
            firstFailureNanos = now;
            lastLogNanos = now;
            return true;
        }
        if (now - lastLogNanos >= LOG_EVERY_NANOS) {
            lastLogNanos = now;
            return true;
        }
        return false;
    }

    void sleep() throws InterruptedException {
        Thread.sleep(nextMillis);
        nextMillis = Math.min(maxMillis, nextMillis * 2);
    }

    /** Failures since the last success. */
    long failures() {
        return failures;
    }

    /** Seconds since the first failure of this run. */
    double failingSeconds() {
        return failures == 0 ? 0 : (System.nanoTime() - firstFailureNanos) / 1e9;
    }

    /** A success ends the run; returns whether there was one to end. */
    boolean succeeded() {
        boolean wasFailing = failures > 0;
        failures = 0;
        nextMillis = firstMillis;
        return wasFailing;
    }
}

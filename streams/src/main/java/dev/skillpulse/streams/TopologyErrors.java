package dev.skillpulse.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What went wrong inside a running topology, for health and metrics: processor bugs (exceptions other than bad
 * input, which are dead-lettered and skipped like bad input but must not hide there) and stream threads that died.
 * It also decides whether a dead stream thread is replaced: a record that kills every thread that reads it would
 * otherwise make Kafka Streams replace the thread forever, so after {@link #MAX_REPLACEMENTS} deaths within
 * {@link #WINDOW} the client shuts down and health says why.
 */
public final class TopologyErrors {
    /** Property under which the topology's config carries this object to the processing exception handler. */
    public static final String CONFIG = "skillpulse.topology.errors";
    static final int MAX_REPLACEMENTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final AtomicLong processorBugs = new AtomicLong();
    private final AtomicReference<String> lastProcessorBug = new AtomicReference<>();
    private final AtomicLong threadFailures = new AtomicLong();
    private final AtomicReference<String> lastThreadFailure = new AtomicReference<>();
    private final Deque<Instant> recentFailures = new ArrayDeque<>();
    private final Clock clock;

    public TopologyErrors() {
        this(Clock.systemUTC());
    }

    TopologyErrors(Clock clock) {
        this.clock = clock;
    }

    void processorBug(String where, Exception e) {
        processorBugs.incrementAndGet();
        lastProcessorBug.set(where + ": " + e);
    }

    /** Records a dead stream thread; true when it may be replaced, false when the client should shut down. */
    synchronized boolean threadDied(Throwable e) {
        threadFailures.incrementAndGet();
        lastThreadFailure.set(String.valueOf(e));
        Instant now = clock.instant();
        recentFailures.addLast(now);
        while (recentFailures.peekFirst().isBefore(now.minus(WINDOW))) {
            recentFailures.removeFirst();
        }
        return recentFailures.size() <= MAX_REPLACEMENTS;
    }

    /** Records that failed in a processor for a reason other than bad input (dead-lettered and skipped). */
    public long processorBugs() {
        return processorBugs.get();
    }

    /** The last processor bug (node and exception), or null. */
    public String lastProcessorBug() {
        return lastProcessorBug.get();
    }

    /** Stream threads that died (each replaced, up to the limit). */
    public long threadFailures() {
        return threadFailures.get();
    }

    /** The exception that killed the last stream thread, or null. */
    public String lastThreadFailure() {
        return lastThreadFailure.get();
    }
}

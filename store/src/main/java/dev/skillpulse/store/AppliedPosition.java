package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.PROJECTOR_OFFSET;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * How far the projector has applied count changes, as a number that only grows: bumped after each committed
 * projector transaction. Whatever is read from the database after seeing version v includes everything applied up
 * to v, which is what lets the response cache key answers on it. Listeners run on the projector's thread after the
 * commit, so they must be quick.
 */
public final class AppliedPosition {
    private final AtomicLong version;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public AppliedPosition() {
        this(0);
    }

    public AppliedPosition(long start) {
        version = new AtomicLong(start);
    }

    /** Starts at the sum of the projector's stored positions, so a restarted service does not count from 0. */
    public static AppliedPosition fromDatabase(DSLContext dsl) {
        BigDecimal sum = dsl.select(DSL.sum(PROJECTOR_OFFSET.NEXT_OFFSET)).from(PROJECTOR_OFFSET).fetchOne().value1();
        return new AppliedPosition(sum == null ? 0 : sum.longValue());
    }

    public long version() {
        return version.get();
    }

    /** Called after a projector transaction committed. */
    public void advance() {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}

package dev.skillpulse.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the projector has applied counts: a version that only grows, bumped after each committed projector
 * transaction (or set at start from what the database holds). Readers that cache or push counts key on it and
 * listen for its changes. Listeners run on the thread that moved the version, so they must return quickly.
 */
public final class AppliedPosition {
    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public long version() {
        return version.get();
    }

    /** One more committed transaction. */
    public long bump() {
        long now = version.incrementAndGet();
        notifyListeners();
        return now;
    }

    /** Moves the version up to {@code candidate}; a lower or equal value changes nothing (it never goes back). */
    public void advanceTo(long candidate) {
        long before = version.getAndAccumulate(candidate, Math::max);
        if (candidate > before) {
            notifyListeners();
        }
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void notifyListeners() {
        listeners.forEach(Runnable::run);
    }
}

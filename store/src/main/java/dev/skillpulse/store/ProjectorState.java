package dev.skillpulse.store;

/**
 * What the projector is doing, for health and metrics: {@code UP} (caught up), {@code CATCHING_UP} with the
 * number of committed count changes it has still to read, or {@code DOWN} with the reason (it keeps retrying
 * unless the reason says otherwise). {@code deadLetters} counts the count changes it could not use and sent to
 * {@code count-changes-dlq} since it started; {@code applied} the records it added to the counts.
 */
public record ProjectorState(Status status, long lag, String reason, long deadLetters, long applied) {
    public enum Status { UP, CATCHING_UP, DOWN }

    static ProjectorState starting() {
        return new ProjectorState(Status.CATCHING_UP, 0, "starting", 0, 0);
    }

    ProjectorState down(String why) {
        return new ProjectorState(Status.DOWN, lag, why, deadLetters, applied);
    }

    ProjectorState running(long lagNow, long deadLettersNow, long appliedNow) {
        return new ProjectorState(lagNow > 0 ? Status.CATCHING_UP : Status.UP, lagNow, null, deadLettersNow,
                appliedNow);
    }

    /** The word health shows: DOWN, DEGRADED when count changes were dead-lettered, else the status. */
    public String health() {
        if (status == Status.DOWN) {
            return "DOWN";
        }
        return deadLetters > 0 ? "DEGRADED" : status.name();
    }
}

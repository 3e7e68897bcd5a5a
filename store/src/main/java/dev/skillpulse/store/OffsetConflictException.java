package dev.skillpulse.store;

/**
 * A stored offset no longer holds what the projector read before its batch: another projector applied those
 * changes first. The transaction rolls back; the projector rereads the offsets and goes on from there.
 */
public final class OffsetConflictException extends RuntimeException {
    OffsetConflictException(String message) {
        super(message);
    }
}

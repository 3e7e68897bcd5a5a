package dev.skillpulse.store;

/** The counts in the database came from another Kafka cluster or topology generation than the projector reads. */
public final class SourceMismatchException extends RuntimeException {
    SourceMismatchException(String message) {
        super(message);
    }
}

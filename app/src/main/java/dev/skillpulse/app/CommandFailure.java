package dev.skillpulse.app;

/**
 * A failure the user can act on (an unreachable broker or database, a state dir in use, a taken port): its message is
 * one line naming what failed and what to check, printed without a stack trace; exit status 1.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    CommandFailure(String message) {
        super(message);
    }
}

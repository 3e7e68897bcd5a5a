package dev.skillpulse.app;

/** What a command prints when it fails: one line, no stack trace (SKILLPULSE_LOG_LEVEL=DEBUG logs it). */
final class Failures {
    private Failures() {
    }

    /** The innermost cause's message on one line (its class name when it has none). */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage();
        return oneLine(message);
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The line for a failure: a {@link CommandFailure}'s own message, else what went wrong at the bottom. */
    static String describe(Throwable e) {
        if (e instanceof CommandFailure) {
            return oneLine(e.getMessage());
        }
        return "failed: " + rootMessage(e) + " (SKILLPULSE_LOG_LEVEL=DEBUG logs the stack trace)";
    }
}

package dev.skillpulse.dashboard;

/** A request the API refuses: HTTP status, the parameter at fault (or null) and a message for the caller. */
public class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    public ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}

package dev.skillpulse.core;

/** A record that cannot become a {@link Posting}; {@link #field()} names the offending field when there is one. */
public class InvalidPostingException extends Exception {
    private final String field;

    public InvalidPostingException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package dev.skillpulse.streams;

/** A posting record the topology cannot use; its message becomes the dead-letter reason. */
public class BadPostingException extends RuntimeException {
    public BadPostingException(String reason) {
        super(reason);
    }
}

package dev.skillpulse.core.taxonomy;

/** A taxonomy file that cannot be used; the message names the line and the reason. */
public class TaxonomyException extends RuntimeException {
    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }

    public TaxonomyException(String message) {
        super(message);
    }
}

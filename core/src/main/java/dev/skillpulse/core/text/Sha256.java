package dev.skillpulse.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which names postings' jobs, their source records and taxonomies. */
public final class Sha256 {
    private Sha256() {
    }

    /** A new digest; not thread-safe, so one per user that keeps it. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The digest of {@code text}'s UTF-8 bytes. */
    public static byte[] of(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}

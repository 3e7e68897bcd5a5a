package dev.skillpulse.streams;

import dev.skillpulse.core.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Names a posting record's exact text as read with one taxonomy (SHA-256, first 128 bits): the same name means the
 * same text and taxonomy, hence the same result, so a resend can be recognized without parsing and extracting it
 * again. Job feeds resend their open postings every day. Not thread-safe: one per processor.
 */
final class SourceDigest {
    private final byte[] taxonomy;
    private final MessageDigest sha256;

    SourceDigest(String taxonomyDigest) {
        this.taxonomy = taxonomyDigest.getBytes(StandardCharsets.UTF_8);
        this.sha256 = Sha256.newDigest();
    }

    String of(String recordValue) {
        sha256.update(taxonomy);
        byte[] hash = sha256.digest(recordValue.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
    }
}

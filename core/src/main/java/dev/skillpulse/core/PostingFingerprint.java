package dev.skillpulse.core;

import dev.skillpulse.core.text.HtmlText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Identifies the same job published under different ids: normalized company, title, location and description.
 * Normalizing drops markup, case, punctuation, spacing and company legal suffixes, so a repost that only
 * differs in those counts as the same job.
 */
public final class PostingFingerprint {
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "llc", "ltd", "gmbh", "ag", "corp",
            "corporation", "co", "plc", "sa", "sas", "bv", "srl", "limited", "company");

    private PostingFingerprint() {
    }

    public static String of(Posting p) {
        Location l = p.location();
        String key = company(p.company()) + '\u0001' + words(p.title()) + '\u0001' + words(l.city()) + '\u0001'
                + words(l.region()) + '\u0001' + words(l.country()) + '\u0001'
                + words(p.description() == null ? null : HtmlText.toText(p.description()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Lower-case words of letters and digits, single-spaced. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    static String company(String company) {
        String[] words = words(company).split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }
}

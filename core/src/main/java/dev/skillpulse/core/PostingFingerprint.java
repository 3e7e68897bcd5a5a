package dev.skillpulse.core;

import dev.skillpulse.core.text.HtmlText;
import dev.skillpulse.core.text.Sha256;
import dev.skillpulse.core.text.Words;
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
        String key = company(p.company()) + '\u0001' + Words.joined(p.title()) + '\u0001'
                + Words.joined(l.city()) + '\u0001' + Words.joined(l.region()) + '\u0001'
                + Words.joined(l.country()) + '\u0001'
                + Words.joined(p.description() == null ? null : HtmlText.toText(p.description()));
        return HexFormat.of().formatHex(Sha256.of(key), 0, 16);
    }

    static String company(String company) {
        String[] words = Words.joined(company).split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }
}

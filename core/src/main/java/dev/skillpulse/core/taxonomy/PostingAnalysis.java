package dev.skillpulse.core.taxonomy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a posting asks for.
 *
 * @param mentions           every term mention in title + "\n" + description (offsets into that text, cleaned of HTML)
 * @param minYears           the experience bar in years (the largest lower bound stated, e.g. 5 for "3+ years of Python,
 *                           5+ years overall"), or null when the text states none
 * @param seniority          intern, junior, mid, senior, staff or lead; or null when neither title nor text says
 * @param educationRequired  highest degree asked as required (bootcamp, bachelors, masters, phd), or null
 * @param educationPreferred highest degree asked as preferred / a plus, or null
 */
public record PostingAnalysis(List<Mention> mentions, Integer minYears, String seniority, String educationRequired,
        String educationPreferred) {

    public static final List<String> SENIORITIES = List.of("intern", "junior", "mid", "senior", "staff", "lead");
    /** Education term ids, lowest to highest. */
    public static final List<String> DEGREES = List.of("bootcamp", "bachelors", "masters", "phd");

    public PostingAnalysis {
        mentions = List.copyOf(mentions);
    }

    /** Each term once, in order of first mention. */
    public Set<String> termIds() {
        Set<String> ids = new LinkedHashSet<>();
        mentions.forEach(m -> ids.add(m.termId()));
        return ids;
    }
}

package dev.skillpulse.store;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas.CubeCell;
import dev.skillpulse.contract.CountDeltas.TermPair;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds count changes into what they do to the stored counts: deltas per fact, per counted posting's copies (a row
 * keyed by posting, month, terms and breakdown values), and for the read model per pair of terms and month and per
 * cell of the term cube (term, month, country, region, seniority), each retracting the old contribution and adding
 * the new one. Everything is a sum, so the order of changes does not matter: when an edit moves a posting to
 * another job group, its retraction and its new contribution come from different tasks in either order. The
 * projector folds each poll into one tally before one database transaction; postings of a poll share most facts,
 * pairs and cells (a poll holds postings of one or two months when they arrive in date order), so a tally is far
 * smaller than the changes it folds. Plain Java, no Kafka.
 */
public final class FactTally {
    /** Monthly breakdowns of a term counted as facts (country, region and seniority are in the cube). */
    public static final List<String> TERM_FACT_DIMENSIONS = List.of(
            Dimensions.EDUCATION_REQUIRED,
            Dimensions.EDUCATION_PREFERRED,
            Dimensions.EXPERIENCE,
            Dimensions.INDUSTRY);
    /** Prefix of a term's monthly breakdown facts, e.g. {@code term-by-experience}. */
    public static final String TERM_BY = "term-by-";
    /** Counted postings per month by number of copies (dimension: the number). */
    public static final String POSTINGS_BY_COPIES = "postings-by-copies";

    private final Map<Fact, Long> facts = new HashMap<>();
    private final Map<CountedPosting, Long> copies = new HashMap<>();
    private final Map<TermPair, Long> pairs = new HashMap<>();
    private final Map<CubeCell, Long> cube = new HashMap<>();

    public void add(String postingId, CountChange change) {
        apply(postingId, change.before(), -1);
        apply(postingId, change.after(), 1);
    }

    private void apply(String postingId, Contribution contribution, long sign) {
        if (contribution == null) {
            return;
        }
        contribution.facts().forEach(f -> facts.merge(f, sign, Long::sum));
        if (contribution.counted()) {
            Member member = contribution.member();
            LocalDate month = Fact.monthOf(member.postedAt());
            CountedPosting posting = new CountedPosting(postingId, month, member.terms(), member.profile());
            copies.merge(posting, sign * contribution.copies(), Long::sum);
            facts.merge(new Fact(POSTINGS_BY_COPIES, month, "", Integer.toString(contribution.copies())), sign,
                    Long::sum);
            addSummaries(posting.terms(), month, member.profile(), sign);
        }
    }

    /** One counted posting's cells of the term cube, its term breakdown facts and its pairs ({@code terms} sorted). */
    private void addSummaries(List<String> terms, LocalDate month, Profile p, long sign) {
        cube.merge(new CubeCell("", month, p.country(), p.region(), p.seniority()), sign, Long::sum);
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            cube.merge(new CubeCell(term, month, p.country(), p.region(), p.seniority()), sign, Long::sum);
            facts.merge(new Fact(TERM_BY + TERM_FACT_DIMENSIONS.get(0), month, term, p.educationRequired()), sign,
                    Long::sum);
            facts.merge(new Fact(TERM_BY + TERM_FACT_DIMENSIONS.get(1), month, term, p.educationPreferred()), sign,
                    Long::sum);
            facts.merge(new Fact(TERM_BY + TERM_FACT_DIMENSIONS.get(2), month, term, p.experience()), sign,
                    Long::sum);
            facts.merge(new Fact(TERM_BY + TERM_FACT_DIMENSIONS.get(3), month, term, p.industry()), sign,
                    Long::sum);
            for (int j = i + 1; j < terms.size(); j++) {
                if (!term.equals(terms.get(j))) {
                    pairs.merge(new TermPair(term, month, terms.get(j)), sign, Long::sum);
                }
            }
        }
    }

    /** The deltas of everything added so far; those that cancelled out are left out. */
    public CountDeltas deltas() {
        return new CountDeltas(nonZero(facts), nonZero(copies), nonZero(pairs), nonZero(cube));
    }

    /** Built unmodifiable, so that CountDeltas keeps it as it is instead of copying it again. */
    private static <K> Map<K, Long> nonZero(Map<K, Long> deltas) {
        return deltas.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

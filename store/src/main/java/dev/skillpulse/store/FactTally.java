package dev.skillpulse.store;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas.BreakdownCell;
import dev.skillpulse.contract.CountDeltas.CandidatePosting;
import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas.CubeCell;
import dev.skillpulse.contract.CountDeltas.SliceCell;
import dev.skillpulse.contract.CountDeltas.TermCounts;
import dev.skillpulse.contract.CountDeltas.TermMonth;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Folds count changes into what they do to the stored counts: deltas per fact, per counted posting's copies (a row
 * keyed by posting, month, terms and breakdown values), and for the read model one term vector per cube cell (month,
 * country, region, seniority), per term and month (co-occurrence) and per value of a term breakdown, each
 * retracting the old contribution and adding the new one. Everything is a sum, so the order of changes does not
 * matter: when an edit moves a posting to another job group, its retraction and its new contribution come from
 * different tasks in either order. The projector folds each poll into one tally before one database transaction;
 * postings of a poll share most facts and summary rows (a poll holds postings of one or two months when they arrive
 * in date order), so a tally is far smaller than the changes it folds. Plain Java, no Kafka.
 */
public final class FactTally {
    /**
     * Breakdowns of a term kept as term vectors per value (country, region and seniority are the cube's), and
     * counted as elements of the cube's vectors.
     */
    public static final Map<String, Function<Profile, String>> BREAKDOWNS = breakdowns();
    /** Counted postings per month by number of copies (dimension: the number). */
    public static final String POSTINGS_BY_COPIES = "postings-by-copies";

    private final Map<Fact, Long> facts = new HashMap<>();
    private final Map<CountedPosting, Long> copies = new HashMap<>();
    /** The vectors' element of each term, in order of first appearance in this tally. */
    private final Map<String, Integer> termIndex = new HashMap<>();
    private final List<String> termIds = new ArrayList<>();
    private final Map<CubeCell, Vector> cube = new HashMap<>();
    private final Map<TermMonth, Vector> cooccurrence = new HashMap<>();
    private final Map<BreakdownCell, Vector> breakdowns = new HashMap<>();
    private final Map<SliceCell, Vector> slices = new HashMap<>();
    private final Map<CandidatePosting, Long> candidatePostings = new HashMap<>();
    private final TermGroups groups;

    /** A tally counting terms only, no groups (tests that read no group). */
    public FactTally() {
        this(TermGroups.none());
    }

    /** A tally that also counts each posting's {@code groups} in the cube's vectors. */
    public FactTally(TermGroups groups) {
        this.groups = groups;
    }

    private static Map<String, Function<Profile, String>> breakdowns() {
        Map<String, Function<Profile, String>> b = new LinkedHashMap<>();
        b.put(Dimensions.EDUCATION_REQUIRED, Profile::educationRequired);
        b.put(Dimensions.EDUCATION_PREFERRED, Profile::educationPreferred);
        b.put(Dimensions.EXPERIENCE, Profile::experience);
        b.put(Dimensions.INDUSTRY, Profile::industry);
        return Collections.unmodifiableMap(b);
    }

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
            for (String candidate : member.candidateKeys()) {
                candidatePostings.merge(new CandidatePosting(candidate, month, postingId, posting.terms()), sign,
                        Long::sum);
            }
        }
    }

    /**
     * One counted posting in its cube cell and slices, its breakdown values' vectors and its terms' co-occurrence
     * vectors. The cube's and slices' vectors count its terms, its groups and its breakdown values
     * ({@code experience:2-4}), so that shares of groups and breakdown values can be read for any slice; the others
     * count terms only.
     */
    private void addSummaries(List<String> sortedTerms, LocalDate month, Profile p, long sign) {
        List<String> distinct = sortedTerms.stream().distinct().toList();
        int[] terms = distinct.stream().mapToInt(this::indexOf).toArray();
        List<String> groupElements = groups.elementsOf(distinct);
        int[] elements = Arrays.copyOf(terms, terms.length + groupElements.size() + BREAKDOWNS.size());
        int e = terms.length;
        for (String g : groupElements) {
            elements[e++] = indexOf(g);
        }
        for (Map.Entry<String, Function<Profile, String>> b : BREAKDOWNS.entrySet()) {
            elements[e++] = indexOf(element(b.getKey(), b.getValue().apply(p)));
        }
        cube.computeIfAbsent(new CubeCell(month, p.country(), p.region(), p.seniority()), k -> new Vector())
                .add(sign, elements, -1);
        slices.computeIfAbsent(new SliceCell(SliceCell.ALL, "", month), k -> new Vector()).add(sign, elements, -1);
        slices.computeIfAbsent(new SliceCell(SliceCell.INDUSTRY, p.industry(), month), k -> new Vector())
                .add(sign, elements, -1);
        BREAKDOWNS.forEach((dimension, value) -> breakdowns
                .computeIfAbsent(new BreakdownCell(dimension, month, value.apply(p)), k -> new Vector())
                .add(sign, terms, -1));
        for (int i : terms) {
            cooccurrence.computeIfAbsent(new TermMonth(termIds.get(i), month), k -> new Vector()).add(sign, terms, i);
        }
    }

    /** The vector element counting postings with {@code value} of a breakdown, e.g. {@code experience:2-4}. */
    public static String element(String dimension, String value) {
        return dimension + ":" + value;
    }

    private int indexOf(String term) {
        return termIndex.computeIfAbsent(term, t -> {
            termIds.add(t);
            return termIds.size() - 1;
        });
    }

    /** The deltas of everything added so far; those that cancelled out are left out. */
    public CountDeltas deltas() {
        return new CountDeltas(nonZero(facts), nonZero(copies), termIds, vectors(cube), vectors(cooccurrence),
                vectors(breakdowns), vectors(slices), nonZero(candidatePostings));
    }

    /** Built unmodifiable, so that CountDeltas keeps it as it is instead of copying it again. */
    private static <K> Map<K, Long> nonZero(Map<K, Long> deltas) {
        return deltas.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static <K> Map<K, TermCounts> vectors(Map<K, Vector> vectors) {
        Map<K, TermCounts> out = new HashMap<>();
        vectors.forEach((k, v) -> {
            TermCounts counts = new TermCounts(v.postings, Arrays.copyOf(v.perTerm, v.perTerm.length));
            if (!counts.isZero()) {
                out.put(k, counts);
            }
        });
        return Map.copyOf(out);
    }

    /** A summary row being folded: its postings and, per term index, how many of them mention the term. */
    private static final class Vector {
        long postings;
        long[] perTerm = new long[0];

        /** Adds a posting mentioning the terms at {@code indexes}, leaving out {@code except} (the row's own term). */
        void add(long sign, int[] indexes, int except) {
            postings += sign;
            for (int i : indexes) {
                if (i != except) {
                    if (i >= perTerm.length) {
                        perTerm = Arrays.copyOf(perTerm, Math.max(i + 1, perTerm.length * 2));
                    }
                    perTerm[i] += sign;
                }
            }
        }
    }
}

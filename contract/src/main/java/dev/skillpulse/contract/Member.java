package dev.skillpulse.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one posting id contributes, as computed from its latest version: its day, breakdown values and terms,
 * from which the facts it would be counted under follow. Whether it is counted, or is a repost of another id, is
 * decided per job group. {@code candidates} are the terms beyond the taxonomy it asks for and {@code aliases} the
 * acronyms it wrote out (docs/emerging.md): they travel with the rest, so an edit, a repost or a deletion retracts
 * them exactly like the taxonomy's terms.
 */
public record Member(String id, LocalDate postedAt, Profile profile, List<String> terms,
        List<CandidateTerm> candidates, List<AliasPair> aliases) {
    /** A term beyond the taxonomy: {@code key} it is counted under, {@code label} as this posting wrote it. */
    public record CandidateTerm(String key, String label) {
    }

    /** This posting wrote {@code expansion} next to {@code acronym} ("large language models (LLMs)"): both keys. */
    public record AliasPair(String acronym, String expansion) {
    }

    public Member {
        terms = List.copyOf(terms);
        // absent in changes written before candidates were counted
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A member with no candidates (the counts of the guide's terms only). */
    public Member(String id, LocalDate postedAt, Profile profile, List<String> terms) {
        this(id, postedAt, profile, terms, List.of(), List.of());
    }

    /** The keys of its candidates, sorted. */
    @JsonIgnore
    public List<String> candidateKeys() {
        return candidates.stream().map(CandidateTerm::key).sorted().toList();
    }

    /** The facts this member is counted under when its job group counts it. */
    @JsonIgnore
    public List<Fact> facts() {
        List<Fact> facts = facts(postedAt, profile, terms);
        for (CandidateTerm c : candidates) {
            facts.add(Fact.candidateInMonth(c.key(), c.label(), postedAt));
        }
        for (AliasPair a : aliases) {
            facts.add(Fact.aliasInMonth(a.acronym(), a.expansion(), postedAt));
        }
        return facts;
    }

    /**
     * The facts of a posting on {@code day} with these breakdown values and terms. A term's share per breakdown
     * value is not a fact: it is counted from the counted postings, which carry their terms and breakdown values.
     */
    private static List<Fact> facts(LocalDate day, Profile profile, List<String> terms) {
        List<Fact> facts = new ArrayList<>(8 + 2 * terms.size());
        facts.add(Fact.postingsInWeek(day));
        facts.add(Fact.postingsInMonth(day));
        facts.add(Fact.postingsBy(Dimensions.COUNTRY, profile.country(), day));
        facts.add(Fact.postingsBy(Dimensions.REGION, profile.region(), day));
        facts.add(Fact.postingsBy(Dimensions.SENIORITY, profile.seniority(), day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_REQUIRED, profile.educationRequired(), day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_PREFERRED, profile.educationPreferred(), day));
        facts.add(Fact.postingsBy(Dimensions.EXPERIENCE, profile.experience(), day));
        facts.add(Fact.postingsBy(Dimensions.INDUSTRY, profile.industry(), day));
        for (String term : terms) {
            facts.add(Fact.termInWeek(term, day));
            facts.add(Fact.termInMonth(term, day));
        }
        return facts;
    }
}

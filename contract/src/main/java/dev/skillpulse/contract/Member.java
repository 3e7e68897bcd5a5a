package dev.skillpulse.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one posting id contributes, as computed from its latest version: its day, breakdown values and terms,
 * from which the facts it would be counted under follow. Whether it is counted, or is a repost of another id, is
 * decided per job group.
 */
public record Member(String id, LocalDate postedAt, Profile profile, List<String> terms) {
    public Member {
        terms = List.copyOf(terms);
    }

    /** The facts this member is counted under when its job group counts it. */
    @JsonIgnore
    public List<Fact> facts() {
        return facts(postedAt, profile, terms);
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

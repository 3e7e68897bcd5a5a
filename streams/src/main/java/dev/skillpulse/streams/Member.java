package dev.skillpulse.streams;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
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
        return PostingFacts.facts(postedAt, profile, terms);
    }
}

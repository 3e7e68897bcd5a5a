package dev.skillpulse.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * What one posting id adds to the counts: every id counts in the raw weekly total; only the id that is counted for
 * its job (the first of its run of reposts) adds its facts, and carries how many ids published that run
 * ({@code copies}, itself included: Lightcast's posting intensity); for the other ids it is 0.
 */
public record Contribution(Member member, boolean counted, int copies) {
    /** The facts this id adds one posting to. */
    @JsonIgnore
    public List<Fact> facts() {
        Fact raw = Fact.rawPostingsInWeek(member.postedAt());
        if (!counted) {
            return List.of(raw);
        }
        List<Fact> facts = new ArrayList<>(member.facts());
        facts.add(raw);
        return facts;
    }
}

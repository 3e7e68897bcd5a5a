package dev.skillpulse.streams;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * What one posting id adds to the counts: every id counts in the raw weekly total; only the id that is counted for
 * its job (the first of its run of reposts) adds its facts.
 */
public record Contribution(Member member, boolean counted) {
    /** The encoded facts this id adds one posting to. */
    @JsonIgnore
    public List<String> facts() {
        String raw = Fact.rawPostingsInWeek(member.postedAt()).encode();
        if (!counted) {
            return List.of(raw);
        }
        List<String> facts = new ArrayList<>(member.facts());
        facts.add(raw);
        return facts;
    }
}

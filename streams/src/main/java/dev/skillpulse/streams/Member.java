package dev.skillpulse.streams;

import java.time.LocalDate;
import java.util.List;

/**
 * What one posting id contributes, as computed from its latest version: the facts it would be counted under
 * and the terms it mentions. Whether it is counted, or is a repost of another id, is decided per job group.
 */
public record Member(String id, LocalDate postedAt, List<String> facts, List<String> terms) {
    public Member {
        facts = List.copyOf(facts);
        terms = List.copyOf(terms);
    }
}

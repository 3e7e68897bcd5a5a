package dev.skillpulse.core.taxonomy;

import java.util.List;

/** One entry of the taxonomy: a stable id, what to show, how to group it, and the ways postings write it. */
public record Term(String id, String label, String type, String category, List<String> surfaces) {
    public Term {
        surfaces = List.copyOf(surfaces);
    }
}

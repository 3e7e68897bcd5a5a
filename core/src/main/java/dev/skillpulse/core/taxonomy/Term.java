package dev.skillpulse.core.taxonomy;

import java.util.List;

/**
 * One entry of the taxonomy: a stable id, what to show, how to group it, and the ways postings write it.
 * {@code surfaces} are the texts of {@code forms}; {@code forms} add each surface's case and ambiguity rules.
 */
public record Term(String id, String label, String type, String category, List<String> surfaces, List<Surface> forms) {
    public Term {
        forms = List.copyOf(forms);
        surfaces = List.copyOf(surfaces);
    }

    /** A term whose surfaces are all plain: case-insensitive, whole tokens, no further rule. */
    public Term(String id, String label, String type, String category, List<String> surfaces) {
        this(id, label, type, category, surfaces, surfaces.stream().map(Surface::plain).toList());
    }
}

package dev.skillpulse.core.taxonomy;

import java.util.List;

/**
 * What makes a degree phrase, from the taxonomy file ({@code "degreePhrases"}): a degree field counts when a list
 * of fields, walked from it to either side within its clause, reaches a mention of one of {@code degreeTerms}
 * ("BS in", "Master's"), an {@code opening} phrase before the list ("degree in", "major in") or a {@code closing}
 * phrase after it ("degree", "graduates", "or a related"). Between the items only other mentions, capitalised
 * words (fields the taxonomy does not name: "Operations Research") and {@code linking} words ("in", "or", "such as")
 * may stand.
 */
public record DegreePhrases(List<String> degreeTerms, List<String> opening, List<String> closing, List<String> linking) {
    public DegreePhrases {
        degreeTerms = List.copyOf(degreeTerms);
        opening = List.copyOf(opening);
        closing = List.copyOf(closing);
        linking = List.copyOf(linking);
    }

    public static final DegreePhrases NONE = new DegreePhrases(List.of(), List.of(), List.of(), List.of());
}

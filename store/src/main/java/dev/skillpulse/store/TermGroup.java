package dev.skillpulse.store;

import java.util.List;

/**
 * Postings counted under a name when they mention any of {@code anyOf} and none of {@code noneOf} (a posting counts
 * once per group, however many of its terms it mentions): a category, a named group of the taxonomy, or one term.
 */
public record TermGroup(String name, List<String> anyOf, List<String> noneOf) {
    public TermGroup {
        anyOf = List.copyOf(anyOf);
        noneOf = List.copyOf(noneOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("group " + name + " names no term");
        }
    }

    public static TermGroup any(String name, List<String> anyOf) {
        return new TermGroup(name, anyOf, List.of());
    }
}

package dev.skillpulse.store;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of terms whose postings the read model counts (a posting counts once per group, however many of its
 * terms it mentions): each category of the taxonomy, each named group of the taxonomy file, and postings asking for
 * model building without MLOps. Each is an element of the cube's vectors of its own ({@code category:cloud},
 * {@code group:mlops-production}), counted by the projector, so categories, requirements and the outlook are read
 * from summaries instead of counted over the postings. The projector and the queries must use the same groups: a
 * changed group in the taxonomy file needs {@code --rebuild}, like a changed taxonomy.
 */
public final class TermGroups {
    public static final String MLOPS = "mlops-production";
    public static final String MODEL = "model-building";
    public static final String CLOUD = "cloud-providers";
    /** Postings asking for model building and for no MLOps or production term. */
    public static final String MODEL_ONLY = "model-only";

    /** A group and the vector element counting its postings. */
    private record Counted(String element, TermGroup group, Set<String> anyOf, Set<String> noneOf) {
    }

    private final List<Counted> groups;

    private TermGroups(List<Counted> groups) {
        this.groups = List.copyOf(groups);
    }

    /** No groups: the projector counts terms only (tests that read no group). */
    public static TermGroups none() {
        return new TermGroups(List.of());
    }

    public static TermGroups of(Taxonomy taxonomy) {
        List<Counted> groups = new ArrayList<>();
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (Term t : taxonomy.terms()) {
            byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t.id());
        }
        byCategory.forEach((category, ids) -> groups.add(counted("category:" + category, TermGroup.any(category, ids))));
        taxonomy.groups().forEach((name, ids) -> {
            if (!ids.isEmpty()) {
                groups.add(counted("group:" + name, TermGroup.any(name, ids)));
            }
        });
        List<String> model = taxonomy.group(MODEL);
        if (!model.isEmpty()) {
            groups.add(counted("group:" + MODEL_ONLY, new TermGroup(MODEL_ONLY, model, taxonomy.group(MLOPS))));
        }
        return new TermGroups(groups);
    }

    private static Counted counted(String element, TermGroup g) {
        return new Counted(element, g, Set.copyOf(g.anyOf()), Set.copyOf(g.noneOf()));
    }

    /** The elements of the groups a posting mentioning {@code terms} counts in. */
    List<String> elementsOf(Collection<String> terms) {
        Set<String> mentioned = terms instanceof Set<String> s ? s : new HashSet<>(terms);
        List<String> elements = new ArrayList<>();
        for (Counted c : groups) {
            if (overlaps(mentioned, c.anyOf()) && !overlaps(mentioned, c.noneOf())) {
                elements.add(c.element());
            }
        }
        return elements;
    }

    private static boolean overlaps(Set<String> mentioned, Set<String> group) {
        for (String t : group) {
            if (mentioned.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element counting the postings of {@code g}: its term when it is one term, else the group of this catalog
     * with the same terms (whatever its name).
     *
     * @throws IllegalArgumentException when no counted group has that definition
     */
    public String elementOf(TermGroup g) {
        if (g.anyOf().size() == 1 && g.noneOf().isEmpty()) {
            return g.anyOf().get(0);
        }
        Set<String> anyOf = Set.copyOf(g.anyOf());
        Set<String> noneOf = Set.copyOf(g.noneOf());
        return groups.stream()
                .filter(c -> c.anyOf().equals(anyOf) && c.noneOf().equals(noneOf))
                .map(Counted::element)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the read model counts no group like " + g.name()
                        + " (any of " + g.anyOf() + ", none of " + g.noneOf() + ")"));
    }
}

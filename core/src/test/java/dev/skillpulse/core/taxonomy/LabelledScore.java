package dev.skillpulse.core.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Precision and recall of an extractor over a labelled set, overall (micro) and per term, with every false positive
 * and false negative by excerpt. The expected sets are the hand labels; nothing here comes from the extractor.
 */
public final class LabelledScore {
    /** Counts of one term (or of all terms together). */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int dtp, int dfp, int dfn) {
            return new Counts(tp + dtp, fp + dfp, fn + dfn);
        }
    }

    private final String name;
    private final Counts overall;
    private final Map<String, Counts> perTerm;
    private final List<String> errors;

    private LabelledScore(String name, Counts overall, Map<String, Counts> perTerm, List<String> errors) {
        this.name = name;
        this.overall = overall;
        this.perTerm = perTerm;
        this.errors = errors;
    }

    /** Scores {@code extract} (text to the set of term ids found) over {@code examples}. */
    public static LabelledScore of(String name, List<LabelledSet.Example> examples,
            Function<String, Set<String>> extract) {
        Counts all = new Counts(0, 0, 0);
        Map<String, Counts> perTerm = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Counts zero = new Counts(0, 0, 0);
        for (LabelledSet.Example e : examples) {
            Set<String> found = extract.apply(e.text());
            for (String id : found) {
                boolean right = e.expected().contains(id);
                perTerm.put(id, perTerm.getOrDefault(id, zero).plus(right ? 1 : 0, right ? 0 : 1, 0));
                all = all.plus(right ? 1 : 0, right ? 0 : 1, 0);
                if (!right) {
                    errors.add("FP " + e.id() + " " + id);
                }
            }
            Set<String> missing = new HashSet<>(e.expected());
            missing.removeAll(found);
            for (String id : missing) {
                perTerm.put(id, perTerm.getOrDefault(id, zero).plus(0, 0, 1));
                all = all.plus(0, 0, 1);
                errors.add("FN " + e.id() + " " + id);
            }
        }
        return new LabelledScore(name, all, perTerm, errors);
    }

    public Counts overall() {
        return overall;
    }

    public Map<String, Counts> perTerm() {
        return perTerm;
    }

    /** The {@code n} terms with the lowest F1 (ties: more errors first), only terms with an error. */
    public List<Map.Entry<String, Counts>> weakest(int n) {
        return perTerm.entrySet().stream()
                .filter(en -> en.getValue().fp() + en.getValue().fn() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Counts> en) -> en.getValue().f1())
                        .thenComparing(en -> -(en.getValue().fp() + en.getValue().fn())))
                .limit(n)
                .toList();
    }

    /** Overall figures, the per-term table (every term seen), the weakest terms and every error. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n", name, overall.tp(),
                overall.fp(), overall.fn(), overall.precision(), overall.recall()));
        sb.append(String.format("%-30s %5s %5s %5s %9s %7s%n", "term", "tp", "fp", "fn", "precision", "recall"));
        perTerm.forEach((id, c) -> sb.append(row(id, c)));
        sb.append(name).append(": ten weakest terms (lowest F1)\n");
        weakest(10).forEach(en -> sb.append(row(en.getKey(), en.getValue())));
        errors.forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    private static String row(String id, Counts c) {
        return String.format("%-30s %5d %5d %5d %9.3f %7.3f%n", id, c.tp(), c.fp(), c.fn(), c.precision(), c.recall());
    }
}

package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Micro precision and recall of the bundled taxonomy over the hand-labelled excerpts. */
class LabelledSetTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor(Taxonomy.bundled());

    @Test
    void shouldHaveAtLeastTwoHundredLabelledExcerptsWithKnownTermIds() {
        List<LabelledSet.Example> examples = LabelledSet.load();
        Taxonomy taxonomy = Taxonomy.bundled();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(200);
        assertThat(examples).allSatisfy(e -> {
            assertThat(e.expected()).as(e.id() + " has an expect: line").isNotNull();
            assertThat(e.expected()).allSatisfy(id -> assertThat(taxonomy.term(id)).as(e.id() + ": " + id).isPresent());
        });
        assertThat(examples.stream().map(LabelledSet.Example::id).distinct().count()).isEqualTo(examples.size());
    }

    @Test
    void shouldReachPrecisionAndRecallTargetsOnLabelledExcerpts() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder wrong = new StringBuilder();
        for (LabelledSet.Example e : LabelledSet.load()) {
            Set<String> found = EXTRACTOR.termIds(e.text());
            for (String id : found) {
                if (e.expected().contains(id)) {
                    tp++;
                } else {
                    fp++;
                    wrong.append("FP ").append(e.id()).append(' ').append(id).append('\n');
                }
            }
            Set<String> missing = new HashSet<>(e.expected());
            missing.removeAll(found);
            for (String id : missing) {
                fn++;
                wrong.append("FN ").append(e.id()).append(' ').append(id).append('\n');
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        String report = String.format("labelled set: tp=%d fp=%d fn=%d precision=%.4f recall=%.4f%n%s",
                tp, fp, fn, precision, recall, wrong);
        System.out.println(report);
        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.93);
    }
}

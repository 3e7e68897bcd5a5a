package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micro precision and recall of the bundled taxonomy over the two hand-labelled sets, with a per-term report in the
 * test output. The in-sample set is what the rules were tuned on; the held-out set was written before the issue-15
 * rules and is only reported, so its figures estimate what unseen postings get. Thresholds sit just under what is
 * measured, so a real regression fails the build.
 */
class LabelledSetTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor(Taxonomy.bundled());

    @Test
    void shouldHaveAtLeastTwoHundredInSampleExcerptsWithKnownTermIds() {
        assertWellFormed(LabelledSet.load(LabelledSet.IN_SAMPLE), 200);
    }

    @Test
    void shouldHaveAtLeastThreeHundredHeldOutExcerptsWithKnownTermIds() {
        assertWellFormed(LabelledSet.load(LabelledSet.HELD_OUT), 300);
    }

    @Test
    void shouldReachPrecisionAndRecallTargetsOnTheInSampleSet() {
        LabelledScore score = score("in-sample", LabelledSet.IN_SAMPLE);
        // measured 1.000 / 1.000 (469 true, 0 false, 0 missed): two false or four missed terms fail the build
        assertThat(score.overall().precision()).as(score.report()).isGreaterThanOrEqualTo(0.995);
        assertThat(score.overall().recall()).as(score.report()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void shouldReachPrecisionAndRecallTargetsOnTheHeldOutSet() {
        LabelledScore score = score("held-out", LabelledSet.HELD_OUT);
        // measured 0.998 / 0.963 (564 true, 1 false, 22 missed); before issue 15: 0.920 / 0.901
        assertThat(score.overall().precision()).as(score.report()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.overall().recall()).as(score.report()).isGreaterThanOrEqualTo(0.95);
    }

    private static LabelledScore score(String name, String resource) {
        LabelledScore score = LabelledScore.of(name, LabelledSet.load(resource), EXTRACTOR::termIds);
        System.out.println(score.report());
        return score;
    }

    private static void assertWellFormed(List<LabelledSet.Example> examples, int atLeast) {
        Taxonomy taxonomy = Taxonomy.bundled();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(examples).allSatisfy(e -> {
            assertThat(e.expected()).as(e.id() + " has an expect: line").isNotNull();
            assertThat(e.expected()).allSatisfy(id -> assertThat(taxonomy.term(id)).as(e.id() + ": " + id).isPresent());
        });
        assertThat(examples.stream().map(LabelledSet.Example::id).distinct().count()).isEqualTo(examples.size());
    }
}

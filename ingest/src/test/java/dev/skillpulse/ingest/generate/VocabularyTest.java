package dev.skillpulse.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator drops surfaces the extractor misses (and typos it finds) at run time; with the bundled taxonomy
 * nothing must be dropped, so that the committed sample is reproducible from the seed alone.
 */
class VocabularyTest {
    private final MentionExtractor extractor = new MentionExtractor(Taxonomy.bundled());

    @Test
    void shouldHaveEverySurfaceFoundByTheBundledExtractor() {
        List<String> missed = new ArrayList<>();
        Vocabulary.SURFACES.forEach((term, forms) -> forms.stream()
                .filter(s -> !extractor.termIds(s).equals(Set.of(term)))
                .forEach(s -> missed.add(term + ": " + s + " -> " + extractor.termIds(s))));

        assertThat(missed).isEmpty();
    }

    @Test
    void shouldHaveNoTypoFoundByTheBundledExtractor() {
        List<String> found = new ArrayList<>();
        Vocabulary.TYPOS.forEach((term, forms) -> forms.stream()
                .filter(s -> !extractor.termIds(s).isEmpty())
                .forEach(s -> found.add(term + ": " + s + " -> " + extractor.termIds(s))));

        assertThat(found).isEmpty();
    }

    @Test
    void shouldNameCompaniesWithoutAnyTerm() {
        for (String first : Vocabulary.COMPANY_FIRST) {
            for (String second : Vocabulary.COMPANY_SECOND) {
                assertThat(extractor.termIds(first + " " + second)).as(first + " " + second).isEmpty();
            }
        }
    }

    @Test
    void shouldFindExactlyTheHandLabelledTermsInEveryTrap() {
        for (Vocabulary.Trap trap : Vocabulary.TRAPS) {
            assertThat(extractor.termIds(trap.text())).as(trap.text()).isEqualTo(trap.terms());
        }
    }

    @Test
    void shouldFindEveryFieldOfEachDegreeListAndNoStatisticsSkill() {
        Vocabulary.DEGREE_FIELDS.forEach((fields, expected) -> {
            Set<String> all = new HashSet<>(expected);
            all.add("masters");
            assertThat(extractor.termIds("MS in " + fields + ".")).as(fields).isEqualTo(all);
        });
    }
}

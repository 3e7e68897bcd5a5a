package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    private static final String HEAD = "{\n \"version\": 1,\n \"terms\": [\n";

    @Test
    void shouldKeepTheStableIdsOtherModulesUse() {
        Taxonomy t = Taxonomy.bundled();
        for (String id : List.of("python", "numpy", "pandas", "java", "scala", "sql", "scikit-learn", "tensorflow",
                "pytorch", "deep-learning", "docker", "kubernetes", "aws", "gcp", "azure", "mlflow", "kubeflow", "mlops",
                "nlp", "computer-vision", "bachelors", "masters", "phd")) {
            assertThat(t.term(id)).as(id).isPresent();
        }
    }

    @Test
    void shouldCoverEveryCategoryOfTheGuide() {
        Set<String> categories = Taxonomy.bundled().terms().stream().map(Term::category).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrder("programming", "ml-frameworks", "data", "evaluation", "math",
                "software-engineering", "cloud-mlops", "soft-skills", "specializations", "certifications", "education");
    }

    @Test
    void shouldLoadSurfaceRules() {
        Term r = Taxonomy.bundled().term("r").orElseThrow();
        Surface lone = r.forms().get(0);
        assertThat(lone.caseSensitive()).isTrue();
        assertThat(lone.requires().terms()).contains("python");
        assertThat(lone.notFollowedBy()).contains("&");
    }

    @Test
    void shouldChangeItsDigestWhenTheTextChangesEvenAtTheSameVersion() {
        String json = "{\"version\": 1, \"terms\": [{\"id\": \"python\", \"label\": \"Python\", "
                + "\"type\": \"skill\", \"category\": \"programming\", \"surfaces\": [\"Python\"]}]}";

        assertThat(Taxonomy.parse(json, "a").digest()).isEqualTo(Taxonomy.parse(json, "b").digest());
        assertThat(Taxonomy.parse(json.replace("[\"Python\"]", "[\"Python\", \"Python3\"]"), "c").digest())
                .isNotEqualTo(Taxonomy.parse(json, "a").digest());
    }

    @Test
    void shouldLoadAFileGivenOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, HEAD + "  {\"id\": \"rust\", \"label\": \"Rust\", \"type\": \"skill\", \"category\": \"programming\", \"surfaces\": [\"Rust\"]}\n ]\n}\n");
        assertThat(new MentionExtractor(Taxonomy.load(f)).termIds("Rust and Python")).containsExactly("rust");
    }

    private static void assertFails(Path dir, String json, String message) throws Exception {
        assertThat(failure(dir, json)).isEqualTo(dir.resolve("bad.json") + ":" + message);
    }

    /** The message of loading {@code json} from dir/bad.json, which must fail. */
    private static String failure(Path dir, String json) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        return org.assertj.core.api.Assertions.catchThrowableOfType(TaxonomyException.class, () -> Taxonomy.load(f))
                .getMessage();
    }

    /** A taxonomy whose one term has {@code surface} as its only surface, on line 5. */
    private static String surfaceOnLine5(String surface) {
        return HEAD + "  {\"id\": \"a\", \"label\": \"A\", \"type\": \"skill\", \"category\": \"data\", \"surfaces\": [\n"
                + "    " + surface + "]}\n ]\n}\n";
    }

    @Test
    void shouldReportBadJsonWithItsLine(@TempDir Path dir) throws Exception {
        assertThat(failure(dir, HEAD + "  {\"id\": \"x\",,}\n ]\n}\n")).startsWith(dir.resolve("bad.json") + ":4: ");
    }

    @Test
    void shouldReportAMissingFieldWithItsLine(@TempDir Path dir) throws Exception {
        assertFails(dir, HEAD + "  {\"id\": \"a\", \"label\": \"A\", \"type\": \"skill\", \"category\": \"data\", \"surfaces\": [\"a\"]},\n"
                + "  {\"id\": \"b\", \"type\": \"skill\", \"category\": \"data\", \"surfaces\": [\"b\"]}\n ]\n}\n",
                "5: missing field 'label'");
    }

    @Test
    void shouldReportADuplicateIdWithItsLine(@TempDir Path dir) throws Exception {
        String term = "  {\"id\": \"a\", \"label\": \"A\", \"type\": \"skill\", \"category\": \"data\", \"surfaces\": [\"a\"]}";
        assertFails(dir, HEAD + term + ",\n" + term + "\n ]\n}\n", "5: duplicate id 'a' (first at line 4)");
    }

    @Test
    void shouldReportAnUnknownTermInARule(@TempDir Path dir) throws Exception {
        assertFails(dir, surfaceOnLine5("{\"text\": \"A\", \"case\": \"sensitive\", \"requires\": {\"terms\": [\"nope\"]}}"),
                "5: rule 'requires' names unknown term 'nope'");
    }

    @Test
    void shouldReportABadCaseRule(@TempDir Path dir) throws Exception {
        assertFails(dir, surfaceOnLine5("{\"text\": \"A\", \"case\": \"upper\"}"),
                "5: surface 'A': 'case' must be \"sensitive\" or \"insensitive\"");
    }

    @Test
    void shouldReportAnUnknownType(@TempDir Path dir) throws Exception {
        assertThat(failure(dir, HEAD + "  {\"id\": \"a\", \"label\": \"A\", \"type\": \"hobby\", \"category\": \"data\", \"surfaces\": [\"a\"]}\n ]\n}\n"))
                .startsWith(dir.resolve("bad.json") + ":4: term 'a': type 'hobby'");
    }

    @Test
    void shouldReportASurfaceThatCannotMatch(@TempDir Path dir) throws Exception {
        assertFails(dir, HEAD + "  {\"id\": \"a\", \"label\": \"A\", \"type\": \"skill\", \"category\": \"data\", \"surfaces\": [\".NET\"]}\n ]\n}\n",
                "4: term 'a': surface '.NET': must start with an ASCII letter or digit");
    }

    @Test
    void shouldReportABadDegreePhraseRule(@TempDir Path dir) throws Exception {
        assertFails(dir, surfaceOnLine5("{\"text\": \"A\", \"degreePhrase\": \"near\"}"),
                "5: surface 'A': 'degreePhrase' must be \"inside\" or \"outside\"");
    }

    @Test
    void shouldReportABadScope(@TempDir Path dir) throws Exception {
        assertFails(dir, surfaceOnLine5("{\"text\": \"A\", \"unless\": {\"words\": [\"b\"], \"scope\": \"page\"}}"),
                "5: surface 'A': 'scope' must be \"sentence\"");
    }

    @Test
    void shouldReportAnUnknownTermInAnUnlessRule(@TempDir Path dir) throws Exception {
        assertFails(dir, surfaceOnLine5("{\"text\": \"A\", \"unless\": {\"terms\": [\"nope\"]}}"),
                "5: rule 'unless' names unknown term 'nope'");
    }

    @Test
    void shouldRefuseDegreeFieldsWhenNothingOpensADegreePhrase(@TempDir Path dir) throws Exception {
        assertThat(failure(dir, surfaceOnLine5("{\"text\": \"A\", \"degreePhrase\": \"inside\"}")))
                .contains("surfaces use 'degreePhrase' but 'degreePhrases' says nothing opens or closes one");
    }

    @Test
    void shouldLoadTheDegreePhraseWordsOfTheBundledTaxonomy() {
        DegreePhrases dp = Taxonomy.bundled().degreePhrases();
        assertThat(dp.degreeTerms()).containsExactly("bachelors", "masters", "phd");
        assertThat(dp.opening()).contains("degree in", "major in");
        assertThat(dp.closing()).contains("or a related", "degree");
        assertThat(Taxonomy.bundled().term("field-data-science").orElseThrow().forms())
                .allSatisfy(f -> assertThat(f.degreePhrase()).isEqualTo(Surface.DegreePhrase.INSIDE));
    }
}

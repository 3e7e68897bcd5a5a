package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {
    private static final MentionExtractor X = new MentionExtractor(Taxonomy.bundled());

    private static Set<String> ids(String text) {
        return X.termIds(text);
    }

    @Test
    void shouldNotMatchJavaInsideJavaScript() {
        assertThat(ids("Our UI is JavaScript")).containsExactly("javascript");
    }

    @Test
    void shouldNotMatchSqlInsideNoSql() {
        assertThat(ids("NoSQL experience")).containsExactly("nosql");
    }

    @Test
    void shouldNotMatchCInsideCppOrCSharp() {
        assertThat(ids("C++ and C# with Python")).containsExactly("cpp", "csharp", "python");
    }

    @Test
    void shouldMatchCWhenAnotherLanguageIsNearby() {
        assertThat(ids("C and C++ on microcontrollers")).containsExactly("c", "cpp");
    }

    @Test
    void shouldIgnoreRInRAndD() {
        assertThat(ids("Python R&D lab")).containsExactly("python");
    }

    @Test
    void shouldMatchRWhenCorroboratedByPython() {
        assertThat(ids("Python or R")).containsExactly("python", "r");
    }

    @Test
    void shouldNotMatchLoneRWithoutCorroboration() {
        assertThat(ids("Form R must be signed.")).isEmpty();
    }

    @Test
    void shouldIgnoreGoInGoToMarket() {
        assertThat(ids("Go-to-market with Python tooling")).containsExactly("python");
    }

    @Test
    void shouldMatchGoAsALanguageNextToOthers() {
        assertThat(ids("Go and Rust")).contains("go");
    }

    @Test
    void shouldIgnoreLowercaseSparkInSparkInnovation() {
        assertThat(ids("spark innovation in Scala teams")).containsExactly("scala");
    }

    @Test
    void shouldIgnoreExcelAsAVerb() {
        assertThat(ids("You will Excel in a fast team")).isEmpty();
    }

    @Test
    void shouldMatchExcelAsATool() {
        assertThat(ids("Reporting in Excel.")).containsExactly("excel");
    }

    @Test
    void shouldIgnoreTermsInsideEmailAddresses() {
        assertThat(ids("Contact python.jobs@pytorch-team.com")).isEmpty();
    }

    @Test
    void shouldIgnoreTermsInsideUrls() {
        assertThat(ids("see https://github.com/tensorflow/tensorflow")).isEmpty();
    }

    @Test
    void shouldNotReadMillisecondsAsMasters() {
        assertThat(ids("p99 under 5 ms")).isEmpty();
    }

    @Test
    void shouldNotReadMsOfficeAsMasters() {
        assertThat(ids("MS Office skills")).isEmpty();
    }

    @Test
    void shouldReadMsInAsMasters() {
        assertThat(ids("MS in Physics")).contains("masters");
    }

    @Test
    void shouldRequireWholeTokens() {
        assertThat(ids("Pythonic pandasql sqlalchemy")).isEmpty();
    }

    @Test
    void shouldApplyCaseRulePerSurface() {
        assertThat(ids("the ml pipeline")).isEmpty();
        assertThat(ids("the ML pipeline")).containsExactly("machine-learning");
    }

    @Test
    void shouldMatchSurfacesAcrossHyphensAndExtraSpaces() {
        assertThat(ids("scikit learn, scikit-learn and scikit  learn")).containsExactly("scikit-learn");
    }

    @Test
    void shouldMatchCertificationWithHyphenOrEnDash() {
        assertThat(ids("AWS Certified Machine Learning - Specialty")).containsExactly("cert-aws-ml");
        assertThat(ids("AWS Certified Machine Learning \u2013 Specialty")).containsExactly("cert-aws-ml");
    }

    @Test
    void shouldPreferTheLongestSurface() {
        assertThat(X.extract("Google Cloud Platform")).extracting(Mention::surface).containsExactly("Google Cloud Platform");
    }

    @Test
    void shouldCountEachTermOncePerPosting() {
        assertThat(ids("Python python PYTHON")).containsExactly("python");
    }

    @Test
    void shouldKeepEveryMentionWithSurfaceAndOffset() {
        List<Mention> m = X.extract("Python and SQL");
        assertThat(m).containsExactly(new Mention("python", "Python", 0), new Mention("sql", "SQL", 11));
    }

    @Test
    void shouldMatchInsideHtml() {
        assertThat(ids("<ul><li>Docker</li><li>K8s</li></ul>")).containsExactly("docker", "kubernetes");
    }

    @Test
    void shouldGiveOffsetsIntoTheCleanedText() {
        String html = "<b>Skills</b>: Python";
        Mention m = X.extract(html).get(0);
        assertThat(MentionExtractor.cleanText(html).substring(m.offset())).startsWith("Python");
    }

    @Test
    void shouldReturnNothingForEmptyOrNullText() {
        assertThat(ids("")).isEmpty();
        assertThat(ids(null)).isEmpty();
    }

    @Test
    void shouldSurviveBinaryJunkAndLoneSurrogates() {
        Random r = new Random(42);
        char[] junk = new char[200_000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (char) r.nextInt(65536);
        }
        String text = new String(junk) + "\uD800 Python \uDC00<&#xD800;&#99999999;&";
        assertThatCode(() -> X.extract(text)).doesNotThrowAnyException();
        assertThat(ids("\uDC00Python\uD800")).containsExactly("python");
    }

    @Test
    void shouldHandleATenMegabytePosting() {
        String block = "Senior ML engineer: Python, SQL, R and Go; AWS/GCP; R&D; MS in CS. ";
        String big = block.repeat(10_000_000 / block.length());
        assertThat(ids(big)).contains("python", "sql", "r", "go", "aws", "gcp", "masters");
    }

    @Test
    void shouldBeUsableFromManyThreads() throws Exception {
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                boolean good = true;
                for (int i = 0; i < 2000; i++) {
                    good &= ids(id % 2 == 0 ? "Python and SQL" : "Docker on K8s")
                            .equals(id % 2 == 0 ? Set.of("python", "sql") : Set.of("docker", "kubernetes"));
                }
                ok[id] = good;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(ok).containsOnly(true);
    }
}

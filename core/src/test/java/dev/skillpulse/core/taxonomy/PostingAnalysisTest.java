package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingAnalysisTest {
    private static final MentionExtractor X = new MentionExtractor(Taxonomy.bundled());

    @Test
    void shouldReadPlusYearsAsMinimum() {
        assertThat(X.analyze("ML Engineer", "3+ years of experience with Python").minYears()).isEqualTo(3);
    }

    @Test
    void shouldReadARangeAsItsLowerBound() {
        assertThat(X.analyze("ML Engineer", "2-4 years experience in ML").minYears()).isEqualTo(2);
    }

    @Test
    void shouldReadSpelledOutYears() {
        assertThat(X.analyze("ML Engineer", "At least five years of industry experience").minYears()).isEqualTo(5);
    }

    @Test
    void shouldTakeTheLargestStatedBar() {
        assertThat(X.analyze("", "2+ years with Kubernetes, 6+ years of software experience").minYears()).isEqualTo(6);
    }

    @Test
    void shouldIgnoreYearsThatAreNotExperience() {
        assertThat(X.analyze("", "Founded 20 years ago, we ship ML.").minYears()).isNull();
    }

    @Test
    void shouldTakeSeniorityFromTitle() {
        assertThat(X.analyze("Sr. Machine Learning Engineer", "").seniority()).isEqualTo("senior");
        assertThat(X.analyze("Staff ML Engineer", "").seniority()).isEqualTo("staff");
        assertThat(X.analyze("Machine Learning Intern", "").seniority()).isEqualTo("intern");
        assertThat(X.analyze("ML Engineering Manager", "").seniority()).isEqualTo("lead");
        assertThat(X.analyze("Junior Data Scientist", "").seniority()).isEqualTo("junior");
    }

    @Test
    void shouldTakeSeniorityFromTextWhenTitleIsSilent() {
        assertThat(X.analyze("ML Engineer", "This is an entry-level position.").seniority()).isEqualTo("junior");
    }

    @Test
    void shouldSplitRequiredAndPreferredDegrees() {
        PostingAnalysis a = X.analyze("ML Engineer", "BS in Computer Science required. PhD preferred.");
        assertThat(a.educationRequired()).isEqualTo("bachelors");
        assertThat(a.educationPreferred()).isEqualTo("phd");
    }

    @Test
    void shouldUseTheSectionHeadingForDegreesWithoutAMarker() {
        PostingAnalysis a = X.analyze("", "<h3>Requirements</h3><ul><li>Bachelor's degree</li></ul>"
                + "<h3>Preferred qualifications</h3><ul><li>Master's degree</li></ul>");
        assertThat(a.educationRequired()).isEqualTo("bachelors");
        assertThat(a.educationPreferred()).isEqualTo("masters");
    }

    @Test
    void shouldReportTheHighestDegreeAsked() {
        assertThat(X.analyze("", "Master's or PhD required.").educationRequired()).isEqualTo("phd");
    }

    @Test
    void shouldCarryTermsOfTitleAndDescription() {
        assertThat(X.analyze("NLP Engineer", "<p>PyTorch &amp; Python</p>").termIds())
                .containsExactly("nlp", "pytorch", "python");
    }
}

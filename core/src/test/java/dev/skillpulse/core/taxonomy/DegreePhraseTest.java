package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Bundled.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Degree fields count only inside degree phrases; the statistics skill only outside them (bundled taxonomy). */
class DegreePhraseTest {
    @Test
    void shouldCountEveryFieldOfALongListUpToTheEndOfTheClause() {
        assertThat(ids("BS in Computer Science, Electrical Engineering, Physics, Mathematics, Operations Research "
                + "or a related quantitative field."))
                .containsExactlyInAnyOrder("bachelors", "field-computer-science", "field-electrical-engineering",
                        "field-stem", "field-mathematics");
    }

    @Test
    void shouldCountAFieldOpenedByTheWordDegree() {
        assertThat(ids("A degree in Data Science is required.")).contains("field-data-science");
    }

    @Test
    void shouldCountAFieldClosedByOrARelatedField() {
        assertThat(ids("Computer Science, Statistics or a related field.")).contains("field-computer-science",
                "field-statistics", "field-stem");
    }

    @Test
    void shouldCountThePluralComputerSciences() {
        assertThat(ids("Bachelor's degree in Computer Sciences.")).contains("field-computer-science");
    }

    @Test
    void shouldCountAComputerScienceBackground() {
        assertThat(ids("A computer science background is expected.")).containsExactly("field-computer-science");
    }

    @Test
    void shouldNotCountADataScienceRoleTeamOrBackground() {
        assertThat(ids("Bachelor's degree and 3 years in a data science role.")).containsExactly("bachelors");
        assertThat(ids("You will join our Data Science team.")).isEmpty();
        assertThat(ids("A data science background helps.")).isEmpty();
    }

    @Test
    void shouldNotCarryADegreeAcrossAClauseEnd() {
        assertThat(ids("Master's degree required; Data Science experience a plus.")).containsExactly("masters");
    }

    @Test
    void shouldNotCountARelatedFieldOfWork() {
        assertThat(ids("Five years in a related field.")).isEmpty();
    }

    @Test
    void shouldCountTheStatisticsMajorAsTheFieldOnly() {
        assertThat(ids("MS in Statistics.")).containsExactlyInAnyOrder("masters", "field-statistics");
    }

    @Test
    void shouldCountTheStatisticsSkillOutsideTheDegreePhrase() {
        assertThat(ids("Strong statistics. BS in Statistics.")).containsExactlyInAnyOrder("statistics", "bachelors",
                "field-statistics");
        assertThat(ids("Strong statistics background.")).containsExactly("statistics");
    }

    @Test
    void shouldGiveTheSameAnswerWhateverTheOrderOfTheList() {
        assertThat(ids("Degree in Physics or Computer Science.")).contains("field-stem", "field-computer-science");
        assertThat(ids("Degree in Computer Science or Physics.")).contains("field-stem", "field-computer-science");
    }
}

package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Bundled.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words that look like a term but mean something else are vetoed (bundled taxonomy). */
class FalseFriendsTest {
    @Test
    void shouldNotReadAScrumMasterAsAMastersDegree() {
        assertThat(ids("Our Scrum Master and two Scrum Masters run the ceremonies.")).doesNotContain("masters");
        assertThat(ids("Scrum Masters welcome; a Master's degree is preferred.")).contains("masters");
    }

    @Test
    void shouldNotReadObjectiveCAsC() {
        assertThat(ids("Objective-C and Python.")).containsExactly("python");
    }

    @Test
    void shouldNotReadRSquaredHAndROrBSlashRAsR() {
        assertThat(ids("Report R-squared from Python.")).containsExactly("python");
        assertThat(ids("Python tools for H&R and B/R teams.")).containsExactly("python");
    }

    @Test
    void shouldNotReadMachineCommunicationAsTheSoftSkill() {
        assertThat(ids("Communication protocols, communication networks and communication systems.")).isEmpty();
        assertThat(ids("Serial communication, wireless communication and RF communication.")).isEmpty();
        assertThat(ids("Our devices communicate over LTE.")).isEmpty();
        assertThat(ids("Strong communication with customers.")).containsExactly("communication");
    }

    @Test
    void shouldNotReadJaxRsOrJaxWsAsJax() {
        assertThat(ids("JAX-RS and JAX-WS web services.")).doesNotContain("jax");
        assertThat(ids("Models in JAX.")).containsExactly("jax");
    }

    @Test
    void shouldNotReadBuildPipelinesAsCiCdWithoutCiContext() {
        assertThat(ids("You will build pipelines that load events into the warehouse.")).doesNotContain("ci-cd");
        assertThat(ids("Maintain build pipelines and releases in Jenkins.")).contains("ci-cd");
    }

    @Test
    void shouldNotReadAGithubLinkInTheFooterAsVersionControl() {
        assertThat(ids("Follow us on GitHub. See our GitHub page.")).isEmpty();
        assertThat(ids("Code reviews in GitHub pull requests.")).contains("version-control");
    }

    @Test
    void shouldNotReadStaffWithPhdsAsARequirement() {
        assertThat(ids("We are a team of PhDs; founded by PhDs; our PhD researchers publish.")).isEmpty();
        assertThat(ids("PhD required.")).containsExactly("phd");
    }

    @Test
    void shouldNotReadABootcampOfferedAsAPerkAsTheCandidates() {
        assertThat(ids("Perks: a learning budget for a bootcamp of your choice.")).isEmpty();
        assertThat(ids("Every new hire joins our onboarding bootcamp.")).isEmpty();
        assertThat(ids("Bootcamp graduates are welcome.")).containsExactly("bootcamp");
    }

    @Test
    void shouldNotReadTheCompanysPortfolioAsTheCandidates() {
        assertThat(ids("Our portfolio of projects spans retail; portfolio companies too.")).isEmpty();
        assertThat(ids("Send a portfolio of projects.")).containsExactly("portfolio");
    }

    @Test
    void shouldReadExcelAtAsAVerb() {
        assertThat(ids("Excel at problem framing.")).isEmpty();
        assertThat(ids("Advanced Excel.")).containsExactly("excel");
    }
}

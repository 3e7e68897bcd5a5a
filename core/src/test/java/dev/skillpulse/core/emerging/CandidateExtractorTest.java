package dev.skillpulse.core.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {
    private static final CandidateExtractor EXTRACTOR = new CandidateExtractor(Taxonomy.bundled());

    private static List<String> keys(String description) {
        return EXTRACTOR.find("Machine Learning Engineer", description, "Acme Analytics").candidates().stream()
                .map(Candidate::key)
                .toList();
    }

    @Test
    void shouldFindCamelCaseLibrariesTheGuideDoesNotName() {
        assertThat(keys("You will build agents with LangChain and LlamaIndex on top of our models."))
                .contains("langchain", "llamaindex");
    }

    @Test
    void shouldFindAcronymsAndCountPluralUnderTheSingular() {
        assertThat(keys("Experience shipping VLMs to production. You know how a VLM fails."))
                .containsOnlyOnce("vlm");
    }

    @Test
    void shouldFindNamesWithDigitsAndDots() {
        assertThat(keys("Hands-on with GPT-4, Llama2 and Node.js services.")).contains("gpt 4", "llama2", "node js");
    }

    @Test
    void shouldFindCapitalisedToolsInAListThatNamesAGuideTerm() {
        assertThat(keys("Experience with Python, Snowflake, Pinecone and Terraform."))
                .contains("snowflake", "pinecone", "terraform")
                .doesNotContain("python");
    }

    @Test
    void shouldFindLowerCaseTechnologyPhrasesInAToolList() {
        assertThat(keys("Familiar with PyTorch, vector databases and prompt engineering."))
                .contains("vector database", "prompt engineering");
    }

    @Test
    void shouldIgnoreCapitalisedWordsInAListWithoutAnyTool() {
        assertThat(keys("We offer Health, Dental and Vision insurance, Equity and a Learning Budget.")).isEmpty();
    }

    @Test
    void shouldIgnoreJobAdBoilerplateAndOrdinaryWords() {
        assertThat(keys("Join our team! This is a great opportunity. Benefits: 401k, PTO, Remote-first culture. "
                + "Acme is an EEO employer based in the USA. Apply by Monday, 3rd of March; 2+ years required."))
                .isEmpty();
    }

    @Test
    void shouldLeaveOutTheGuidesOwnTerms() {
        assertThat(keys("Python, PyTorch, TensorFlow, Docker, Kubernetes, MLflow, Kubeflow, AWS and SQL.")).isEmpty();
    }

    @Test
    void shouldLeaveOutThePostingsCompanyAndItsAddresses() {
        assertThat(keys("Acme Analytics builds on Snowflake and Python. See https://acme.ai/jobs or write to "
                + "jobs@acme.ai.")).containsExactly("snowflake");
    }

    @Test
    void shouldCountAPhraseWrittenWithItsAcronymUnderTheAcronymAndReportTheAlias() {
        CandidateExtractor.Found found = EXTRACTOR.find("ML Engineer",
                "Tune vision language models (VLMs) with direct preference optimization (DPO) on feedback.", null);

        assertThat(found.candidates()).extracting(Candidate::key).contains("vlm", "dpo")
                .doesNotContain("vision language model", "direct preference optimization");
        assertThat(found.aliases()).contains(new Alias("vlm", "vision language model"),
                new Alias("dpo", "direct preference optimization"));
    }

    @Test
    void shouldFindToolsInHtmlDescriptions() {
        assertThat(keys("<ul><li>Terraform</li><li>Pinecone, Python and Snowflake</li></ul>"))
                .contains("pinecone", "snowflake");
    }

    @Test
    void shouldNotSplitGuideTermsWrittenWithASlash() {
        assertThat(keys("Own our CI/CD with GitHub Actions.")).doesNotContain("ci", "cd");
    }

    @Test
    void shouldKeepAtMostTwentyCandidatesPerPosting() {
        StringBuilder stuffed = new StringBuilder("Keywords: ");
        for (int i = 0; i < 40; i++) {
            stuffed.append("ToolNumber").append((char) ('A' + i % 26)).append(i < 26 ? "" : "x").append(", ");
        }
        assertThat(keys(stuffed.toString())).hasSize(CandidateExtractor.MAX_PER_POSTING);
    }

    @Test
    void shouldFoldAnAcronymIntoItsExpansionWithTheSmallWordsLeftOut() {
        CandidateExtractor.Found found = EXTRACTOR.find("ML Engineer",
                "We align models with low-rank adaptation of transformers (LRAT).", null);

        assertThat(found.aliases()).containsExactly(new Alias("lrat", "low rank adaptation of transformer"));
    }

    @Test
    void shouldReadAnIntroFollowedByAJoiningWord() {
        assertThat(keys("Experience using or building agents with LangChain.")).containsExactly("langchain");
    }

    @Test
    void shouldReadAGuideTermWithAVersionNumberAsAToolInTheList() {
        assertThat(keys("Familiarity with Python 3 and Pinecone is expected.")).containsExactly("pinecone");
        assertThat(keys("Our stack includes Python 3 and vector database.")).containsExactly("vector database");
        assertThat(keys("Our stack includes Java 17, Spark 3.5 or Snowflake.")).containsExactly("snowflake");
    }

    @Test
    void shouldEndTheLastItemOfAListWhereItsPredicateStarts() {
        assertThat(keys("Familiarity with SQL and prompt engineering is expected.")).containsExactly("prompt engineering");
        assertThat(keys("familiarity with SQL or vector databases is expected")).containsExactly("vector database");
        assertThat(keys("Python and graph databases are a plus, Terraform preferred.")).containsExactly("graph database",
                "terraform");
    }

    @Test
    void shouldNotTakeTheWordsAfterAPredicateForItems() {
        assertThat(keys("Python and SQL are required, Strong Communication and Leadership are a plus.")).isEmpty();
        assertThat(keys("Communication is key, SQL and Python daily.")).isEmpty();
    }

    @Test
    void shouldKeepAParenthesisedAcronymPartOfItsItem() {
        assertThat(keys("Our stack includes vision language models (VLMs), Snowflake and Terraform."))
                .containsExactly("vlm", "snowflake", "terraform");
        assertThat(keys("Our stack includes Python (3.11), Snowflake and Terraform."))
                .containsExactly("snowflake", "terraform");
    }

    @Test
    void shouldNotTakeAListForToolsBecauseOfABoilerplateAcronym() {
        assertThat(keys("We offer paid time off (PTO), Dental and Vision coverage.")).isEmpty();
        assertThat(keys("We offer Health Insurance (HMO), Dental and Vision.")).doesNotContain("dental", "vision");
    }
}

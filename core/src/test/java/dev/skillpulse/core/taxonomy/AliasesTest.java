package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Bundled.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ways real ads write terms, and the certifications' names as ads give them (bundled taxonomy). */
class AliasesTest {
    @Test
    void shouldReadMicroservicesAndRestServicesAsApis() {
        assertThat(ids("Microservices.")).containsExactly("apis");
        assertThat(ids("REST services.")).containsExactly("apis");
        assertThat(ids("REST and SOAP.")).containsExactly("apis");
    }

    @Test
    void shouldReadAbExperimentsAsAbTesting() {
        assertThat(ids("Run AB experiments.")).containsExactly("ab-testing");
    }

    @Test
    void shouldReadAwsServicesAsAwsWhenNoOtherCloudIsNamed() {
        assertThat(ids("Redshift, S3, Kinesis and Athena.")).containsExactly("aws");
    }

    @Test
    void shouldReadGcpServicesAsGcpWhenNoOtherCloudIsNamed() {
        assertThat(ids("BigQuery, Dataflow, Dataproc and Bigtable.")).containsExactly("gcp");
    }

    @Test
    void shouldNotReadACloudServiceAsItsCloudWhenAnotherCloudIsNamed() {
        assertThat(ids("A warehouse such as Redshift or BigQuery.")).isEmpty();
        assertThat(ids("Redshift, on Azure soon.")).containsExactly("azure");
    }

    @Test
    void shouldReadKindsOfTestsAsTesting() {
        assertThat(ids("Automation tests, functional tests and performance tests.")).containsExactly("testing");
    }

    @Test
    void shouldTakeEvidenceForTestingFromTheWholeSentence() {
        assertThat(ids("Responsible for coding, testing and deployment.")).containsExactly("testing");
        assertThat(ids("Lab testing of samples.")).isEmpty();
    }

    @Test
    void shouldReadCleansingAndPreprocessingOfDataAsDataWrangling() {
        assertThat(ids("Cleansing and preprocessing of data.")).containsExactly("data-wrangling");
        assertThat(ids("Image preprocessing on the GPU.")).isEmpty();
    }

    @Test
    void shouldReadExploratoryAnalysisAsEda() {
        assertThat(ids("Exploratory analyses of new sources.")).containsExactly("eda");
        assertThat(ids("Exploratory testing by hand.")).isEmpty();
    }

    @Test
    void shouldReadDeployingMlServicesAsDeploymentAndMachineLearning() {
        assertThat(ids("Deploying ML services at scale.")).containsExactlyInAnyOrder("model-deployment",
                "machine-learning");
        assertThat(ids("Deploying web apps.")).isEmpty();
    }

    @Test
    void shouldReadNetworkArchitecturesAsDeepLearning() {
        assertThat(ids("CNN, RNN and LSTM.")).containsExactly("deep-learning");
        assertThat(ids("Transformers and attention.")).containsExactly("deep-learning");
        assertThat(ids("Power transformers for the grid.")).isEmpty();
    }

    @Test
    void shouldReadCommunicatesWellAsCommunication() {
        assertThat(ids("Communicates well.")).containsExactly("communication");
    }

    @Test
    void shouldReadTheCertificationsAsAdsNameThem() {
        assertThat(ids("GCP ML Engineer certification.")).containsExactly("cert-gcp-ml");
        assertThat(ids("Google Professional Machine Learning certification.")).containsExactly("cert-gcp-ml");
        assertThat(ids("AWS Machine Learning certification.")).containsExactly("cert-aws-ml");
        assertThat(ids("Azure AI Engineer certification.")).containsExactly("cert-azure-ai");
        assertThat(ids("TensorFlow certification.")).containsExactly("cert-tf-dev");
    }
}

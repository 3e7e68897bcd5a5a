package dev.skillpulse.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 'unless' and sentence-scope mechanism on a small taxonomy of its own, independent of the bundled data. */
class NearbyRulesTest {
    private static MentionExtractor extractor(String surfaceRule) {
        return new MentionExtractor(Taxonomy.parse("{\"version\": 1, \"terms\": ["
                + "{\"id\": \"aws\", \"label\": \"AWS\", \"type\": \"tool\", \"category\": \"c\", \"surfaces\": ["
                + "\"AWS\", " + surfaceRule + "]},"
                + "{\"id\": \"gcp\", \"label\": \"GCP\", \"type\": \"tool\", \"category\": \"c\", \"surfaces\": [\"GCP\"]}]}",
                "test"));
    }

    @Test
    void shouldVetoAMatchWhenAnUnlessTermIsWithinTheWindow() {
        MentionExtractor x = extractor("{\"text\": \"Redshift\", \"unless\": {\"terms\": [\"gcp\"], \"window\": 20}}");
        assertThat(x.termIds("Redshift and GCP")).containsExactly("gcp");
        assertThat(x.termIds("Redshift. " + "x".repeat(40) + " GCP")).containsExactly("aws", "gcp");
    }

    @Test
    void shouldVetoAMatchWhenAnUnlessWordIsNearby() {
        MentionExtractor x = extractor("{\"text\": \"Redshift\", \"unless\": {\"words\": [\"stipend\"]}}");
        assertThat(x.termIds("a stipend for Redshift")).isEmpty();
        assertThat(x.termIds("Redshift")).containsExactly("aws");
    }

    @Test
    void shouldTakeRequiredWordsFromTheWholeSentenceWithSentenceScope() {
        MentionExtractor x = extractor("{\"text\": \"Redshift\", \"requires\": {\"words\": [\"warehouse\"], "
                + "\"window\": 5, \"scope\": \"sentence\"}}");
        assertThat(x.termIds("Redshift is where our very large warehouse lives.")).containsExactly("aws");
        assertThat(x.termIds("Redshift is fine. Our warehouse is elsewhere.")).isEmpty();
    }

    @Test
    void shouldDecideTwoMutualVetoesTheSameWhateverTheirOrder() {
        MentionExtractor x = new MentionExtractor(Taxonomy.parse("{\"version\": 1, \"terms\": ["
                + "{\"id\": \"aws\", \"label\": \"AWS\", \"type\": \"tool\", \"category\": \"c\", \"surfaces\": ["
                + "{\"text\": \"Redshift\", \"unless\": {\"terms\": [\"gcp\"]}}]},"
                + "{\"id\": \"gcp\", \"label\": \"GCP\", \"type\": \"tool\", \"category\": \"c\", \"surfaces\": ["
                + "{\"text\": \"BigQuery\", \"unless\": {\"terms\": [\"aws\"]}}]}]}", "test"));
        assertThat(x.termIds("Redshift or BigQuery")).isEmpty();
        assertThat(x.termIds("BigQuery or Redshift")).isEmpty();
    }
}

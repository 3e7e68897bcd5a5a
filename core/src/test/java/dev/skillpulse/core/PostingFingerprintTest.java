package dev.skillpulse.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostingFingerprintTest {
    private static Posting posting(String id, String company, String title, String city, String description) {
        return Posting.of(id, title, company, new Location(city, null, "DE"), LocalDate.of(2024, 1, 1), description,
                null, null);
    }

    @Test
    void shouldMatchRepostThatDiffersOnlyInIdMarkupCaseAndLegalSuffix() {
        Posting original = posting("a", "Acme GmbH", "ML Engineer", "Berlin", "<p>We use <b>Python</b>.</p>");
        Posting repost = posting("b", "ACME", "ml engineer", "berlin", "We use Python.");

        assertThat(PostingFingerprint.of(repost)).isEqualTo(PostingFingerprint.of(original));
    }

    @Test
    void shouldTellApartTheSameTextInAnotherCity() {
        Posting berlin = posting("a", "Acme", "ML Engineer", "Berlin", "We use Python.");
        Posting munich = posting("b", "Acme", "ML Engineer", "Munich", "We use Python.");

        assertThat(PostingFingerprint.of(munich)).isNotEqualTo(PostingFingerprint.of(berlin));
    }

    @Test
    void shouldTellApartAnEditedDescription() {
        Posting before = posting("a", "Acme", "ML Engineer", "Berlin", "We use Python.");
        Posting after = posting("a", "Acme", "ML Engineer", "Berlin", "We use Python and SQL.");

        assertThat(PostingFingerprint.of(after)).isNotEqualTo(PostingFingerprint.of(before));
    }
}

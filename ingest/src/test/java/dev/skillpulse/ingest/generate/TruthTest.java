package dev.skillpulse.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deduplication rule of the truth on streams small enough to count by hand. */
class TruthTest {
    private static final MentionExtractor EXTRACTOR = new MentionExtractor(Taxonomy.bundled());
    private static final Location BERLIN = new Location("Berlin", "BE", "DE");
    private static final String ETL = "Query the data with Python and SQL.";
    private static final String TRAINING = "Train models with PyTorch.";

    private final Truth truth = new Truth();

    private void send(String id, String company, String description, String postedAt, String repostOf) {
        Posting p = Posting.of(id, "Engineer", company, BERLIN, LocalDate.parse(postedAt), description, null, "test");
        truth.live(p, EXTRACTOR.termIds(p.text()), repostOf, java.util.Set.of(), java.util.Set.of());
    }

    private static Map<LocalDate, Truth.Week> counts(Object... bucketPostingsTerms) {
        Map<LocalDate, Truth.Week> out = new java.util.TreeMap<>();
        for (int i = 0; i < bucketPostingsTerms.length; i += 3) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> terms = (Map<String, Integer>) bucketPostingsTerms[i + 2];
            out.put(LocalDate.parse((String) bucketPostingsTerms[i]),
                    new Truth.Week((Integer) bucketPostingsTerms[i + 1], terms));
        }
        return out;
    }

    @Test
    void shouldCountRunsOfTheFinalFingerprintWithinThirtyDaysOfTheRunsFirstPosting() {
        send("x1", "Acme", ETL, "2024-01-03", null);           // counted: week 2024-01-01
        send("x2", "Acme", ETL, "2024-01-13", "x1");           // 10 days after x1: same run
        send("x3", "Acme", ETL, "2024-02-12", "x1");           // 40 days after x1: a new run, week 2024-02-12
        send("y1", "Globex", TRAINING, "2024-01-30", null);
        send("y2", "Globex", TRAINING, "2024-02-20", "y1");    // repost of y1's first text
        send("y1", "Globex", TRAINING + " Ship them with Docker.", "2024-01-30", null); // edit: new fingerprint
        send("z1", "Initech", ETL, "2024-01-10", null);
        truth.deleted("z1");                                    // gone

        assertThat(truth.weeklyDeduplicated()).isEqualTo(counts(
                "2024-01-01", 1, Map.of("python", 1, "sql", 1),
                "2024-01-29", 1, Map.of("pytorch", 1, "docker", 1),
                "2024-02-12", 1, Map.of("python", 1, "sql", 1),
                "2024-02-19", 1, Map.of("pytorch", 1)));
        assertThat(truth.monthlyDeduplicated()).isEqualTo(counts(
                "2024-01-01", 2, Map.of("python", 1, "sql", 1, "pytorch", 1, "docker", 1),
                "2024-02-01", 2, Map.of("python", 1, "sql", 1, "pytorch", 1)));
        assertThat(truth.weeklyById()).isEqualTo(counts(
                "2024-01-01", 1, Map.of("python", 1, "sql", 1),
                "2024-01-08", 1, Map.of("python", 1, "sql", 1),
                "2024-01-29", 1, Map.of("pytorch", 1, "docker", 1),
                "2024-02-12", 1, Map.of("python", 1, "sql", 1),
                "2024-02-19", 1, Map.of("pytorch", 1)));
    }

    @Test
    void shouldStartRunsAtTheEarliestLiveIdAndCountTheThirtiethDayInside() {
        send("a0", "Acme", ETL, "2024-03-01", null);
        send("a1", "Acme", ETL, "2024-03-04", "a0");
        truth.deleted("a0");                                    // the run now starts at a1, 2024-03-04
        send("a2", "Acme", ETL, "2024-04-03", "a0");           // exactly 30 days after a1: inside
        send("a3", "Acme", ETL, "2024-04-04", "a0");           // 31 days after a1: a new run
        send("b1", "Acme", TRAINING, "2024-03-05", null);
        send("b2", "Acme", TRAINING, "2024-03-25", null);      // unrelated id, identical job: same group, same run

        assertThat(truth.runStarts()).extracting(Truth.Entry::postedAt).containsExactlyInAnyOrder(
                LocalDate.parse("2024-03-04"), LocalDate.parse("2024-04-04"), LocalDate.parse("2024-03-05"));
        assertThat(truth.monthlyDeduplicated()).isEqualTo(counts(
                "2024-03-01", 2, Map.of("python", 1, "sql", 1, "pytorch", 1),
                "2024-04-01", 1, Map.of("python", 1, "sql", 1)));
        assertThat(truth.weeklyDeduplicated()).isEqualTo(counts(
                "2024-03-04", 2, Map.of("python", 1, "sql", 1, "pytorch", 1),
                "2024-04-01", 1, Map.of("python", 1, "sql", 1)));
    }
}

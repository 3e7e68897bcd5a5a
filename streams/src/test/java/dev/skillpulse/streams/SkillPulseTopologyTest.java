package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas.CandidatePosting;
import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.JsonSerde;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import dev.skillpulse.store.FactTally;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillPulseTopologyTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);
    private static final List<String> ML_PYTHON_SQL = List.of("machine-learning", "python", "sql");
    /** Breakdown values of {@link #posting}'s postings. */
    private static final Profile BERLIN = new Profile("DE", "DE/unknown", "unknown", "unknown", "unknown", "unknown");
    private static final String SENIOR_IN_MUNICH = "{\"id\":\"s\",\"title\":\"Senior ML Engineer\","
            + "\"postedAt\":\"2024-03-05\",\"location\":{\"city\":\"Munich\",\"region\":\"Bavaria\","
            + "\"country\":\"DE\"},\"description\":\"PyTorch\"}";

    @TempDir
    Path stateDir;

    private final PostingJson json = new PostingJson();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> postings;
    private TestOutputTopic<String, CountChange> changes;
    /** Every change read so far, folded as the projector folds them. */
    private final FactTally tally = new FactTally();

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.of("unused:9092", stateDir);
        driver = new TopologyTestDriver(SkillPulseTopology.buildTopology(props), props);
        postings = driver.createInputTopic(Topics.POSTINGS, new StringSerializer(), new StringSerializer());
        changes = driver.createOutputTopic(Topics.COUNT_CHANGES, new StringDeserializer(),
                JsonSerde.of(CountChange.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static Posting posting(String id, LocalDate date, String description) {
        return Posting.of(id, "Machine Learning Engineer", "Acme", new Location("Berlin", null, "DE"), date,
                description, null, "test");
    }

    private void send(Posting p) {
        postings.pipeInput(p.id(), json.write(p));
    }

    private void readChanges() {
        changes.readKeyValuesToList().forEach(kv -> tally.add(kv.key, kv.value));
    }

    private long count(Fact fact) {
        readChanges();
        return tally.deltas().facts().getOrDefault(fact, 0L);
    }

    /** Counted posting (id, month, terms) → its number of copies. */
    private Map<CountedPosting, Long> copies() {
        readChanges();
        return tally.deltas().copies();
    }

    @Test
    void shouldCountPostingAndEachMentionedTermInItsIsoWeek() {
        send(posting("a", MONDAY.plusDays(3), "Python, SQL and more Python"));
        send(posting("b", MONDAY, "Python and PyTorch"));

        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(2);
        assertThat(count(Fact.termInWeek("python", MONDAY))).isEqualTo(2);
        assertThat(count(Fact.termInWeek("sql", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInWeek("pytorch", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldEmitNothingWhenPostingIsResentUnchanged() {
        send(posting("a", MONDAY, "Python"));
        changes.readKeyValuesToList();

        send(posting("a", MONDAY, "Python"));

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void shouldMoveCountsWhenPostingIsEdited() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("a", NEXT_MONDAY, "Python and Docker"));

        assertThat(count(Fact.postingsInWeek(MONDAY))).isZero();
        assertThat(count(Fact.termInWeek("sql", MONDAY))).isZero();
        assertThat(count(Fact.termInWeek("python", MONDAY))).isZero();
        assertThat(count(Fact.postingsInWeek(NEXT_MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInWeek("python", NEXT_MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInWeek("docker", NEXT_MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldRetractCountsWhenPostingIsTombstoned() {
        send(posting("a", MONDAY, "Python"));
        send(posting("b", MONDAY, "Python and more"));
        postings.pipeInput("a", (String) null);

        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInWeek("python", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldRetractCountsWhenPostingIsMarkedDeleted() {
        send(posting("a", MONDAY, "Python"));
        postings.pipeInput("a", "{\"id\":\"a\",\"deleted\":true}");

        assertThat(count(Fact.postingsInWeek(MONDAY))).isZero();
        assertThat(count(Fact.termInWeek("python", MONDAY))).isZero();
    }

    @Test
    void shouldIgnoreDeletionOfUnknownPosting() {
        postings.pipeInput("never-seen", (String) null);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void shouldSendUnparseableRecordToDeadLetterTopicWithReason() {
        postings.pipeInput("x", "{\"id\":\"x\",\"title\":\"no date\"}");

        TestRecord<byte[], byte[]> dead = driver.createOutputTopic(Topics.POSTINGS_DLQ,
                new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecord();
        assertThat(new String(dead.value())).contains("no date");
        assertThat(headersText(dead)).contains("missing field 'postedAt'");
    }

    @Test
    void shouldKeepCountingAfterBadRecords() {
        postings.pipeInput("x", "not json at all");
        postings.pipeInput("y", "{\"id\":\"other\",\"postedAt\":\"2024-03-04\"}");
        send(posting("a", MONDAY, "Python"));

        assertThat(count(Fact.termInWeek("python", MONDAY))).isEqualTo(1);
        assertThat(driver.createOutputTopic(Topics.POSTINGS_DLQ, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).getQueueSize()).isEqualTo(2);
    }

    @Test
    void shouldEmitOneChangePerNewPostingNotOnePerFact() {
        send(posting("a", MONDAY, "Python and SQL"));

        assertThat(changes.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("a");
            assertThat(kv.value.before()).isNull();
            assertThat(kv.value.after().counted()).isTrue();
        });
    }

    @Test
    void shouldDemoteLaterCopyWhenEarlierCopyArrives() {
        send(posting("b", MONDAY.plusDays(2), "Python and SQL"));
        send(posting("a", MONDAY, "Python and SQL"));

        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInMonth("python", MONDAY))).isEqualTo(1);
        assertThat(copies().keySet()).extracting(CountedPosting::postingId).containsOnly("a");
    }

    @Test
    void shouldCountRepostUnderNewIdOnce() {
        send(posting("a", MONDAY, "<p>Python and SQL</p>"));
        send(posting("b", MONDAY.plusDays(20), "Python and SQL"));

        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsInWeek(MONDAY.plusDays(20)))).isZero();
        assertThat(count(Fact.termInMonth("sql", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldCountEveryIdInRawPostingsSoIntensityIsKnown() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY.plusDays(1), "Python and SQL"));

        assertThat(count(Fact.rawPostingsInWeek(MONDAY))).isEqualTo(2);
        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldKeepNumberOfCopiesOnTheCountedPosting() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY.plusDays(1), "Python and SQL"));
        send(posting("c", MONDAY.plusDays(2), "Python and SQL"));

        assertThat(copies()).containsExactly(
                Map.entry(new CountedPosting("a", MONDAY.withDayOfMonth(1), ML_PYTHON_SQL, BERLIN), 3L));
    }

    @Test
    void shouldLowerCopiesWhenARepostIsDeleted() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY.plusDays(1), "Python and SQL"));
        postings.pipeInput("b", (String) null);

        assertThat(copies()).containsExactly(
                Map.entry(new CountedPosting("a", MONDAY.withDayOfMonth(1), ML_PYTHON_SQL, BERLIN), 1L));
    }

    @Test
    void shouldCountRepostOutsideTheWindowAsNewPosting() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY.plusDays(JobGroup.REPOST_WINDOW_DAYS + 1), "Python and SQL"));

        assertThat(count(Fact.postingsInWeek(MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsInWeek(MONDAY.plusDays(JobGroup.REPOST_WINDOW_DAYS + 1)))).isEqualTo(1);
    }

    @Test
    void shouldCountRepostInItsOwnWeekWhenOriginalIsDeleted() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", NEXT_MONDAY, "Python and SQL"));
        postings.pipeInput("a", (String) null);

        assertThat(count(Fact.postingsInWeek(MONDAY))).isZero();
        assertThat(count(Fact.postingsInWeek(NEXT_MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termInWeek("sql", NEXT_MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldCountPostingsByCountryRegionAndSeniority() {
        postings.pipeInput("s", SENIOR_IN_MUNICH);

        assertThat(count(Fact.postingsBy(Dimensions.COUNTRY, "DE", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsBy(Dimensions.REGION, "DE/Bavaria", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsBy(Dimensions.SENIORITY, "senior", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldKeepTermsAndBreakdownValuesOnTheCountedPosting() {
        postings.pipeInput("s", SENIOR_IN_MUNICH);

        assertThat(copies()).containsExactly(Map.entry(new CountedPosting("s", MONDAY.withDayOfMonth(1),
                List.of("machine-learning", "pytorch"),
                new Profile("DE", "DE/Bavaria", "senior", "unknown", "unknown", "unknown")), 1L));
    }

    @Test
    void shouldCountEducationRequiredAndExperienceBand() {
        send(posting("e", MONDAY, "Requirements: Master's degree in Computer Science. 5+ years of Python."));

        assertThat(count(Fact.postingsBy(Dimensions.EDUCATION_REQUIRED, "masters", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsBy(Dimensions.EXPERIENCE, "5-7", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldPublishTermsOfCountedPostingAndRetractThemOnDelete() {
        send(posting("a", MONDAY, "Python and SQL"));
        postings.pipeInput("a", (String) null);

        assertThat(copies()).isEmpty();
    }

    @Test
    void shouldPublishTermsOfCountedPostingOnly() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY, "Python and SQL"));

        assertThat(copies().keySet())
                .containsExactly(new CountedPosting("a", MONDAY.withDayOfMonth(1), ML_PYTHON_SQL, BERLIN));
    }

    @Test
    void shouldMoveTermsWhenEditChangesTheJob() {
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("a", NEXT_MONDAY.plusWeeks(4), "Docker now"));

        assertThat(copies().keySet()).containsExactly(new CountedPosting("a",
                NEXT_MONDAY.plusWeeks(4).withDayOfMonth(1), List.of("docker", "machine-learning"), BERLIN));
    }

    private long candidate(String key, String label, LocalDate day) {
        return count(Fact.candidateInMonth(key, label, day));
    }

    @Test
    void shouldCountCandidateTermsBeyondTheTaxonomyOncePerPosting() {
        send(posting("a", MONDAY, "Experience with Python, LangChain and Pinecone. LangChain daily."));
        send(posting("b", MONDAY.plusDays(1), "Our stack: Python, LangChain, Snowflake"));

        assertThat(candidate("langchain", "LangChain", MONDAY)).isEqualTo(2);
        assertThat(candidate("pinecone", "Pinecone", MONDAY)).isEqualTo(1);
        assertThat(candidate("snowflake", "Snowflake", MONDAY)).isEqualTo(1);
        assertThat(tally.deltas().facts().keySet()).filteredOn(f -> f.metric().equals(Fact.CANDIDATE_MONTH))
                .extracting(Fact::subject).doesNotContain("python", "experience", "stack");
    }

    @Test
    void shouldMoveCandidatesWhenPostingIsEdited() {
        send(posting("a", MONDAY, "Experience with Python, LangChain and Pinecone"));
        send(posting("a", MONDAY, "Experience with Python, LangChain and Weaviate"));

        assertThat(candidate("langchain", "LangChain", MONDAY)).isEqualTo(1);
        assertThat(candidate("pinecone", "Pinecone", MONDAY)).isZero();
        assertThat(candidate("weaviate", "Weaviate", MONDAY)).isEqualTo(1);
        assertThat(tally.deltas().candidatePostings().keySet()).extracting(CandidatePosting::candidate)
                .containsExactlyInAnyOrder("langchain", "weaviate");
    }

    @Test
    void shouldRetractCandidatesWhenPostingIsDeleted() {
        send(posting("a", MONDAY, "Experience with Python, LangChain and Pinecone"));
        postings.pipeInput("a", (String) null);

        assertThat(candidate("langchain", "LangChain", MONDAY)).isZero();
        assertThat(tally.deltas().candidatePostings()).isEmpty();
    }

    @Test
    void shouldCountCandidatesOfARepostOnce() {
        send(posting("a", MONDAY, "Experience with Python, LangChain and Pinecone"));
        send(posting("b", MONDAY.plusDays(3), "Experience with Python, LangChain and Pinecone"));

        assertThat(candidate("langchain", "LangChain", MONDAY)).isEqualTo(1);
    }

    @Test
    void shouldCountAnAcronymWrittenOutAsAliasEvidence() {
        send(posting("a", MONDAY, "You will fine-tune vision language models (VLMs) with Python and PyTorch"));

        assertThat(count(Fact.aliasInMonth("vlm", "vision language model", MONDAY))).isEqualTo(1);
        assertThat(candidate("vlm", "VLMs", MONDAY)).isEqualTo(1);
    }

    private static String headersText(TestRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder();
        for (Header h : record.headers()) {
            text.append(h.key()).append('=').append(h.value() == null ? "" : new String(h.value())).append('\n');
        }
        return text.toString();
    }
}

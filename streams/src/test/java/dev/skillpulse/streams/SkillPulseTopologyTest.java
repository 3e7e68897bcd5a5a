package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
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

    @TempDir
    Path stateDir;

    private final PostingJson json = new PostingJson();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> postings;
    private TestOutputTopic<String, Long> counts;
    private final Map<String, Long> latest = new HashMap<>();

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.of("unused:9092", stateDir);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        driver = new TopologyTestDriver(SkillPulseTopology.buildTopology(props), props);
        postings = driver.createInputTopic(Topics.POSTINGS, new StringSerializer(), new StringSerializer());
        counts = driver.createOutputTopic(Topics.FACT_COUNTS, new StringDeserializer(), new LongDeserializer());
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

    /** Lets the delta buffer flush, as it does every {@link DeltaBuffer#FLUSH_INTERVAL} of wall-clock time. */
    private void flush() {
        driver.advanceWallClockTime(DeltaBuffer.FLUSH_INTERVAL);
    }

    private long count(Fact fact) {
        flush();
        latest.putAll(counts.readKeyValuesToMap());
        return latest.getOrDefault(fact.encode(), 0L);
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
        flush();
        counts.readKeyValuesToMap();

        send(posting("a", MONDAY, "Python"));
        flush();

        assertThat(counts.isEmpty()).isTrue();
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
        flush();

        assertThat(counts.isEmpty()).isTrue();
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
    void shouldSendOneSummedUpdatePerFactPerFlush() {
        send(posting("a", MONDAY, "Python one"));
        send(posting("b", MONDAY, "Python two"));
        send(posting("c", MONDAY, "Python three"));
        flush();

        assertThat(counts.readRecordsToList()).filteredOn(r -> r.key().equals(Fact.termInWeek("python", MONDAY).encode()))
                .extracting(TestRecord::value)
                .containsExactly(3L);
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
    void shouldCountTermsByCountryRegionAndSeniority() {
        postings.pipeInput("s", "{\"id\":\"s\",\"title\":\"Senior ML Engineer\",\"postedAt\":\"2024-03-05\","
                + "\"location\":{\"city\":\"Munich\",\"region\":\"Bavaria\",\"country\":\"DE\"},"
                + "\"description\":\"PyTorch\"}");

        assertThat(count(Fact.postingsBy(Dimensions.COUNTRY, "DE", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termBy(Dimensions.COUNTRY, "pytorch", "DE", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termBy(Dimensions.REGION, "pytorch", "DE/Bavaria", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.termBy(Dimensions.SENIORITY, "pytorch", "senior", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldCountEducationRequiredAndExperienceBand() {
        send(posting("e", MONDAY, "Requirements: Master's degree in Computer Science. 5+ years of Python."));

        assertThat(count(Fact.postingsBy(Dimensions.EDUCATION_REQUIRED, "masters", MONDAY))).isEqualTo(1);
        assertThat(count(Fact.postingsBy(Dimensions.EXPERIENCE, "5-7", MONDAY))).isEqualTo(1);
    }

    @Test
    void shouldPublishTermsOfCountedPostingAndRetractThemOnDelete() {
        TestOutputTopic<String, PostingTerms> terms = driver.createOutputTopic(Topics.POSTING_TERMS,
                new StringDeserializer(), JsonSerde.of(PostingTerms.class).deserializer());
        send(posting("a", MONDAY, "Python and SQL"));
        postings.pipeInput("a", (String) null);

        Map<String, PostingTerms> latestTerms = new HashMap<>();
        terms.readRecordsToList().forEach(r -> latestTerms.put(r.key(), r.value()));
        assertThat(latestTerms).containsEntry("a", null);
    }

    @Test
    void shouldPublishTermsOfCountedPostingOnly() {
        TestOutputTopic<String, PostingTerms> terms = driver.createOutputTopic(Topics.POSTING_TERMS,
                new StringDeserializer(), JsonSerde.of(PostingTerms.class).deserializer());
        send(posting("a", MONDAY, "Python and SQL"));
        send(posting("b", MONDAY, "Python and SQL"));

        Map<String, PostingTerms> published = terms.readKeyValuesToMap();
        assertThat(published).containsOnlyKeys("a");
        assertThat(published.get("a").terms()).contains("python", "sql");
        assertThat(published.get("a").month()).isEqualTo(MONDAY.withDayOfMonth(1));
    }

    private static String headersText(TestRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder();
        for (Header h : record.headers()) {
            text.append(h.key()).append('=').append(h.value() == null ? "" : new String(h.value())).append('\n');
        }
        return text.toString();
    }
}

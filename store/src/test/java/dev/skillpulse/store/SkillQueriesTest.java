package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.CountDeltas.CountedPosting;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillQueriesTest {
    private static ScratchDatabase scratch;
    private static final LocalDate W1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate W2 = LocalDate.of(2024, 1, 8);
    private static Database db;

    private CountWriter writer;
    private SkillQueries queries;

    @BeforeAll
    static void createDatabase() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        db.close();
        scratch.close();
    }

    @BeforeEach
    void clean() {
        db.dsl().execute("truncate fact_count, counted_posting, projector_offset");
        writer = new CountWriter(db.dsl());
        queries = new SkillQueries(db.dsl());
        writer.add(Map.of(
                Fact.postingsInWeek(W1), 4L, Fact.postingsInWeek(W2), 6L,
                Fact.termInWeek("python", W1), 2L, Fact.termInWeek("python", W2), 3L,
                Fact.termInWeek("sql", W2), 6L), List.of());
    }

    @Test
    void shouldRankTermsByPostingsWithShareOfAllPostings() {
        List<SkillShare> top = queries.topSkills(Period.ALL, null, 10);

        assertThat(top).extracting(SkillShare::id, SkillShare::postings, SkillShare::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sql", 6L, 0.6),
                        org.assertj.core.groups.Tuple.tuple("python", 5L, 0.5));
    }

    @Test
    void shouldLimitTopTermsToThePeriodsWeeks() {
        List<SkillShare> top = queries.topSkills(new Period(W1, W1.plusDays(6)), null, 10);

        assertThat(top).extracting(SkillShare::id, SkillShare::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("python", 0.5));
    }

    @Test
    void shouldReportWeeksWithoutMentionsAsZeroInTrend() {
        List<TrendPoint> trend = queries.trend("sql", Period.ALL, Grain.WEEK);

        assertThat(trend).containsExactly(new TrendPoint(W1, 0, 4, 0.0), new TrendPoint(W2, 6, 6, 1.0));
    }

    @Test
    void shouldRemoveRowWhenCountFallsToZero() {
        writer.add(Map.of(Fact.termInWeek("sql", W2), -6L), List.of());

        assertThat(queries.topSkills(Period.ALL, null, 10)).extracting(SkillShare::id).containsExactly("python");
    }

    @Test
    void shouldKeepProjectorPositionWithTheCounts() {
        writer.add(Map.of(), List.of(new CountWriter.Position("count-changes", 1, 42)));

        assertThat(writer.nextOffset("count-changes", 1)).isEqualTo(42);
        assertThat(writer.nextOffset("count-changes", 0)).isEqualTo(-1);
    }

    @Test
    void shouldSumWeeksIntoMonthlyTrendPoints() {
        writer.add(Map.of(Fact.postingsInMonth(W1), 10L, Fact.termInMonth("python", W1), 5L), List.of());

        assertThat(queries.trend("python", Period.ALL, Grain.MONTH))
                .containsExactly(new TrendPoint(W1, 5, 10, 0.5));
    }

    @Test
    void shouldRankRelatedTermsByPostingsMentioningBoth() {
        writer.add(Map.of(Fact.postingsInMonth(W1), 4L, Fact.termInMonth("python", W1), 3L,
                Fact.termInMonth("sql", W1), 2L, Fact.termInMonth("docker", W1), 1L), List.of());
        writer.add(new CountDeltas(Map.of(), postings(1, "p1 python sql", "p2 python sql docker", "p3 python",
                "p4 pytorch")), List.of());

        List<RelatedSkill> related = queries.related("python", Period.ALL, 10);

        assertThat(related).extracting(RelatedSkill::id, RelatedSkill::postings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sql", 2L),
                        org.assertj.core.groups.Tuple.tuple("docker", 1L));
        assertThat(related.get(0).share()).isEqualTo(2.0 / 3);
        assertThat(related.get(0).lift()).isEqualTo((2.0 / 3) / (2.0 / 4));
    }

    @Test
    void shouldForgetTermsOfPostingNoLongerCounted() {
        writer.add(new CountDeltas(Map.of(), postings(1, "p1 python sql")), List.of());
        writer.add(new CountDeltas(Map.of(), postings(-1, "p1 python sql")), List.of());

        assertThat(queries.related("python", Period.ALL, 10)).isEmpty();
        assertThat(db.dsl().fetchCount(COUNTED_POSTING)).isZero();
    }

    @Test
    void shouldKeepNewTermsOfPostingWhoseRetractionArrivesAfterThem() {
        writer.add(new CountDeltas(Map.of(), postings(1, "p1 python sql")), List.of());
        writer.add(new CountDeltas(Map.of(), postings(1, "p1 python docker")), List.of());
        writer.add(new CountDeltas(Map.of(), postings(-1, "p1 python sql")), List.of());

        assertThat(queries.related("python", Period.ALL, 10)).extracting(RelatedSkill::id)
                .containsExactly("docker");
    }

    @Test
    void shouldAddChangesToStoredCounts() {
        writer.add(Map.of(Fact.termInWeek("python", W1), 3L), List.of());
        writer.add(Map.of(Fact.termInWeek("python", W1), -1L), List.of());

        assertThat(queries.trend("python", new Period(W1, W1.plusDays(6)), Grain.WEEK))
                .containsExactly(new TrendPoint(W1, 4, 4, 1.0));
    }

    @Test
    void shouldCountPostingsByNumberOfCopies() {
        writer.add(new CountDeltas(Map.of(), postings(3, "p1")), List.of());
        writer.add(new CountDeltas(Map.of(), postings(1, "p2", "p3")), List.of());

        assertThat(queries.copiesDistribution(Period.ALL)).containsExactly(new CopiesRow(1, 2), new CopiesRow(3, 1));
    }

    @Test
    void shouldReportCountedPostingWithCopiesAndTerms() {
        writer.add(new CountDeltas(Map.of(), postings(2, "p1 sql python")), List.of());

        assertThat(queries.countedPosting("p1"))
                .contains(new CountedPostingRow("p1", W1, 2, List.of("python", "sql")));
        assertThat(queries.countedPosting("p2")).isEmpty();
    }

    /** Counted postings of month W1, each "id term term ...", with a delta of {@code copies}. */
    private static Map<CountedPosting, Long> postings(long copies, String... idAndTerms) {
        Map<CountedPosting, Long> rows = new java.util.HashMap<>();
        for (String posting : idAndTerms) {
            List<String> words = List.of(posting.split(" "));
            rows.put(new CountedPosting(words.get(0), W1, words.subList(1, words.size()), profile("DE", "unknown")),
                    copies);
        }
        return rows;
    }

    @Test
    void shouldShareATermWithinEachBreakdownValue() {
        writer.add(new CountDeltas(Map.of(Fact.postingsBy("country", "DE", W1), 4L,
                Fact.postingsBy("country", "US", W1), 6L), Map.of(
                new CountedPosting("p1", W1, List.of("python"), profile("DE", "masters")), 1L,
                new CountedPosting("p2", W1, List.of("python", "sql"), profile("US", "masters")), 1L,
                new CountedPosting("p3", W1, List.of("python"), profile("US", "unknown")), 1L,
                new CountedPosting("p4", W1, List.of("python"), profile("US", "unknown")), 1L,
                new CountedPosting("p5", W1, List.of("sql"), profile("DE", "unknown")), 1L)), List.of());

        assertThat(queries.breakdown("country", "python", Period.ALL))
                .containsExactly(new BreakdownRow("US", 6, 3, 0.5), new BreakdownRow("DE", 4, 1, 0.25));
    }

    @Test
    void shouldShareATermByEducationToo() {
        writer.add(new CountDeltas(Map.of(Fact.postingsBy("education-required", "masters", W1), 2L), Map.of(
                new CountedPosting("p1", W1, List.of("python"), profile("DE", "masters")), 1L,
                new CountedPosting("p2", W1, List.of("sql"), profile("US", "masters")), 1L)), List.of());

        assertThat(queries.breakdown("education-required", "python", Period.ALL))
                .containsExactly(new BreakdownRow("masters", 2, 1, 0.5));
    }

    private static Profile profile(String country, String educationRequired) {
        return new Profile(country, country + "/unknown", "unknown", educationRequired, "unknown", "unknown");
    }

    @Test
    void shouldReportRepostsAsCopiesPerPosting() {
        writer.add(Map.of(Fact.rawPostingsInWeek(W1), 5L, Fact.rawPostingsInWeek(W2), 6L), List.of());

        assertThat(queries.intensity(Period.ALL)).isEqualTo(new Intensity(11, 10, 1.1));
    }

    @Test
    void shouldCompareShareWithThePeriodJustBefore() {
        List<SkillShare> top = queries.topSkills(new Period(W2, W2.plusDays(6)), null, 10);

        SkillShare python = top.stream().filter(s -> s.id().equals("python")).findFirst().orElseThrow();
        assertThat(python.share()).isEqualTo(0.5);
        assertThat(python.previousShare()).isEqualTo(0.5);
        assertThat(python.growth()).isEqualTo(0.0);
        SkillShare sql = top.stream().filter(s -> s.id().equals("sql")).findFirst().orElseThrow();
        assertThat(sql.previousShare()).isEqualTo(0.0);
        assertThat(sql.growth()).isNull();
    }

    @Test
    void shouldLeaveGrowthUnknownWithoutPostingsBefore() {
        List<SkillShare> top = queries.topSkills(new Period(W1, W1.plusDays(6)), null, 10);

        assertThat(top).allSatisfy(s -> assertThat(s.previousShare()).isNull());
    }

    @Test
    void shouldFilterTopTermsByCategory() {
        List<SkillShare> top = queries.topSkills(Period.ALL, "programming", 10);

        assertThat(top).extracting(SkillShare::id).containsExactly("python");
    }
}

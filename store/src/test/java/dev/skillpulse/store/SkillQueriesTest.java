package dev.skillpulse.store;

import static dev.skillpulse.store.jooq.Tables.COUNTED_POSTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Member;
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
        db.dsl().execute("truncate fact_count, counted_posting, cube_month, cooccurrence_month, breakdown_month, projector_offset");
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
                .containsExactly(tuple("sql", 6L, 0.6),
                        tuple("python", 5L, 0.5));
    }

    @Test
    void shouldLimitTopTermsToThePeriodsWeeks() {
        List<SkillShare> top = queries.topSkills(new Period(W1, W1.plusDays(6)), null, 10);

        assertThat(top).extracting(SkillShare::id, SkillShare::share)
                .containsExactly(tuple("python", 0.5));
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
        fresh();
        counted("p1", US_SENIOR, "python", "sql");
        counted("p2", US_SENIOR, "python", "sql", "docker");
        counted("p3", US_SENIOR, "python");
        counted("p4", US_SENIOR, "pytorch");

        List<RelatedSkill> related = queries.related("python", Period.ALL, 10);

        assertThat(related).extracting(RelatedSkill::id, RelatedSkill::postings)
                .containsExactly(tuple("sql", 2L), tuple("docker", 1L));
        assertThat(related.get(0).share()).isEqualTo(2.0 / 3);
        assertThat(related.get(0).lift()).isEqualTo((2.0 / 3) / (2.0 / 4));
    }

    @Test
    void shouldCountAPairAsThePostingsHavingBothTermsFromEitherSide() {
        fresh();
        counted("p1", US_SENIOR, "python", "sql");
        counted("p2", US_SENIOR, "sql", "docker", "python");
        counted("p3", DE_JUNIOR, "docker", "sql");

        assertThat(queries.related("sql", Period.ALL, 10)).extracting(RelatedSkill::id, RelatedSkill::postings)
                .containsExactly(tuple("docker", 2L), tuple("python", 2L));
        assertThat(queries.related("docker", Period.ALL, 10)).extracting(RelatedSkill::id, RelatedSkill::postings)
                .containsExactly(tuple("sql", 2L), tuple("python", 1L));
    }

    @Test
    void shouldForgetTermsOfPostingNoLongerCounted() {
        fresh();
        counted("p1", US_SENIOR, "python", "sql");
        apply(new CountChange(contribution("p1", US_SENIOR, 1, "python", "sql"), null));

        assertThat(queries.related("python", Period.ALL, 10)).isEmpty();
        assertThat(db.dsl().fetchCount(COUNTED_POSTING)).isZero();
        assertThat(db.dsl().fetchOne("select count(*) from (select postings, term_postings from cube_month "
                + "union all select postings, term_postings from cooccurrence_month "
                + "union all select postings, term_postings from breakdown_month) r "
                + "where postings <> 0 or exists (select 1 from unnest(term_postings) v where v <> 0)")
                .get(0, Long.class)).as("summary rows not back at zero").isZero();
    }

    @Test
    void shouldKeepNewTermsOfPostingWhoseRetractionArrivesAfterThem() {
        fresh();
        counted("p1", US_SENIOR, "python", "sql");
        apply(new CountChange(null, contribution("p1", US_SENIOR, 1, "python", "docker")));
        apply(new CountChange(contribution("p1", US_SENIOR, 1, "python", "sql"), null));

        assertThat(queries.related("python", Period.ALL, 10)).extracting(RelatedSkill::id)
                .containsExactly("docker");
    }

    @Test
    void shouldCombineCountryAndSeniorityFiltersOnTopSkills() {
        fresh();
        counted("p1", US_SENIOR, "python");
        counted("p2", US_JUNIOR, "python", "sql");
        counted("p3", DE_SENIOR, "python", "sql");
        counted("p4", US_SENIOR, "sql", "docker");

        List<SkillShare> top = queries.topSkills(Period.ALL, null, 10, new Filters("US", null, "senior"));

        assertThat(queries.totalPostings(Period.ALL, new Filters("US", null, "senior"))).isEqualTo(2);
        assertThat(top).extracting(SkillShare::id, SkillShare::postings, SkillShare::share)
                .containsExactly(tuple("docker", 1L, 0.5), tuple("python", 1L, 0.5), tuple("sql", 1L, 0.5));
    }

    @Test
    void shouldFilterTopSkillsByRegion() {
        fresh();
        counted("p1", US_SENIOR, "python");
        counted("p2", new Profile("US", "US/NY", "senior", "unknown", "unknown", "unknown"), "sql");

        assertThat(queries.topSkills(Period.ALL, null, 10, new Filters(null, "US/NY", null)))
                .extracting(SkillShare::id, SkillShare::share)
                .containsExactly(tuple("sql", 1.0));
    }

    @Test
    void shouldFilterAMonthlyTrendByCountryAndSeniority() {
        fresh();
        counted("p1", US_SENIOR, "python");
        counted("p2", US_SENIOR, "sql");
        counted("p3", US_JUNIOR, "python");
        apply(new CountChange(null, contribution("p4", FEB, US_SENIOR, 1, "python")));

        assertThat(queries.trend("python", Period.ALL, Grain.MONTH, new Filters("US", null, "senior")))
                .containsExactly(new TrendPoint(W1, 1, 2, 0.5), new TrendPoint(FEB, 1, 1, 1.0));
    }

    @Test
    void shouldShareATermByRegionAndSeniorityFromTheCube() {
        fresh();
        counted("p1", US_SENIOR, "python");
        counted("p2", US_JUNIOR, "sql");
        counted("p3", DE_SENIOR, "python", "sql");

        assertThat(queries.breakdown("seniority", "python", Period.ALL))
                .containsExactly(new BreakdownRow("senior", 2, 2, 1.0), new BreakdownRow("junior", 1, 0, 0.0));
        assertThat(queries.breakdown("region", "sql", Period.ALL))
                .containsExactly(new BreakdownRow("US/CA", 2, 1, 0.5), new BreakdownRow("DE/BE", 1, 1, 1.0));
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
        fresh();
        apply(new CountChange(null, contribution("p1", US_SENIOR, 3)));
        counted("p2", US_SENIOR);
        counted("p3", US_SENIOR);
        apply(new CountChange(contribution("p3", US_SENIOR, 1), contribution("p3", US_SENIOR, 2)));

        assertThat(queries.copiesDistribution(Period.ALL)).containsExactly(new CopiesRow(1, 1), new CopiesRow(2, 1),
                new CopiesRow(3, 1));
    }

    @Test
    void shouldReportCountedPostingWithCopiesAndTerms() {
        fresh();
        apply(new CountChange(null, contribution("p1", US_SENIOR, 2, "sql", "python")));

        assertThat(queries.countedPosting("p1"))
                .contains(new CountedPostingRow("p1", W1, 2, List.of("python", "sql")));
        assertThat(queries.countedPosting("p2")).isEmpty();
    }

    @Test
    void shouldShareATermWithinEachBreakdownValue() {
        fresh();
        counted("p1", DE_SENIOR, "python");
        counted("p2", US_SENIOR, "python", "sql");
        counted("p3", US_SENIOR, "python");
        counted("p4", US_JUNIOR, "python");
        counted("p5", DE_SENIOR, "sql");
        for (String id : List.of("p6", "p7")) {
            counted(id, DE_SENIOR);
        }
        for (String id : List.of("p8", "p9", "p10")) {
            counted(id, US_JUNIOR);
        }

        assertThat(queries.breakdown("country", "python", Period.ALL))
                .containsExactly(new BreakdownRow("US", 6, 3, 0.5), new BreakdownRow("DE", 4, 1, 0.25));
    }

    @Test
    void shouldShareATermByEducationToo() {
        fresh();
        counted("p1", new Profile("DE", "DE/BE", "senior", "masters", "unknown", "5-7"), "python");
        counted("p2", new Profile("US", "US/CA", "senior", "masters", "unknown", "5-7"), "sql");

        assertThat(queries.breakdown("education-required", "python", Period.ALL))
                .containsExactly(new BreakdownRow("masters", 2, 1, 0.5));
        assertThat(queries.breakdown("experience", "sql", Period.ALL))
                .containsExactly(new BreakdownRow("5-7", 2, 1, 0.5));
    }

    private static final LocalDate FEB = LocalDate.of(2024, 2, 1);
    private static final Profile US_SENIOR = new Profile("US", "US/CA", "senior", "unknown", "unknown", "unknown");
    private static final Profile US_JUNIOR = new Profile("US", "US/CA", "junior", "unknown", "unknown", "unknown");
    private static final Profile DE_SENIOR = new Profile("DE", "DE/BE", "senior", "unknown", "unknown", "unknown");
    private static final Profile DE_JUNIOR = new Profile("DE", "DE/BE", "junior", "unknown", "unknown", "unknown");

    /** Starts from no counts at all, for tests that go through {@link FactTally} like the projector. */
    private void fresh() {
        db.dsl().execute("truncate fact_count, counted_posting, cube_month, cooccurrence_month, breakdown_month");
    }

    /** A new posting of January 2024, counted once, with these breakdown values and terms. */
    private void counted(String id, Profile profile, String... terms) {
        apply(new CountChange(null, contribution(id, profile, 1, terms)));
    }

    private static Contribution contribution(String id, Profile profile, int copies, String... terms) {
        return contribution(id, W1, profile, copies, terms);
    }

    private static Contribution contribution(String id, LocalDate day, Profile profile, int copies, String... terms) {
        return new Contribution(new Member(id, day, profile, List.of(terms)), true, copies);
    }

    /** The changes folded by {@link FactTally} and written in one transaction, as the projector does. */
    private void apply(CountChange... changes) {
        FactTally tally = new FactTally();
        for (CountChange change : changes) {
            Contribution any = change.after() != null ? change.after() : change.before();
            tally.add(any.member().id(), change);
        }
        writer.add(tally.deltas(), List.of());
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

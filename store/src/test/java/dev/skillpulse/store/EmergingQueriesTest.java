package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Member.AliasPair;
import dev.skillpulse.contract.Member.CandidateTerm;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ranking, folding and details of candidates, on hand-made count changes: each test says how many postings ask
 * for what, so the expected numbers are counted by hand, not by an extractor.
 */
class EmergingQueriesTest {
    private static final Profile ANY = new Profile("US", "US/CA", "mid", "unknown", "unknown", "unknown", "unknown");
    private static final LocalDate NOW = LocalDate.of(2025, 6, 1);
    private static final LocalDate YEAR_BEFORE = NOW.minusYears(1);
    private static ScratchDatabase scratch;
    private static Database db;

    private EmergingQueries queries;
    private int nextId;

    @BeforeAll
    static void createDatabase() throws Exception {
        scratch = ScratchDatabase.create("sp_emerging");
        db = Database.open(scratch.jdbcUrl());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        db.close();
        scratch.close();
    }

    @BeforeEach
    void clean() {
        db.dsl().execute("truncate fact_count, counted_posting, candidate_posting, cube_month, cooccurrence_month, "
                + "breakdown_month, slice_month, projector_offset");
        queries = new EmergingQueries(db.dsl(), Taxonomy.bundled());
    }

    private static Member member(String id, LocalDate day, List<String> terms, List<CandidateTerm> candidates,
            List<AliasPair> aliases) {
        return new Member(id, day, ANY, terms, candidates, aliases);
    }

    private static CandidateTerm c(String key, String label) {
        return new CandidateTerm(key, label);
    }

    /** {@code n} new postings on {@code day}, each asking for {@code candidates}; returns their members. */
    private List<Member> post(int n, LocalDate day, List<String> terms, CandidateTerm... candidates) {
        return post(n, day, terms, List.of(), candidates);
    }

    private List<Member> post(int n, LocalDate day, List<String> terms, List<AliasPair> aliases,
            CandidateTerm... candidates) {
        FactTally tally = new FactTally();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Member m = member("p" + nextId++, day, terms, List.of(candidates), aliases);
            members.add(m);
            tally.add(m.id(), new CountChange(null, new Contribution(m, true, 1)));
        }
        new CountWriter(db.dsl()).add(tally.deltas(), List.of());
        return members;
    }

    private void change(Member before, Member after) {
        FactTally tally = new FactTally();
        tally.add(before.id(), new CountChange(new Contribution(before, true, 1),
                after == null ? null : new Contribution(after, true, 1)));
        new CountWriter(db.dsl()).add(tally.deltas(), List.of());
    }

    private Emerging.Candidate only(Emerging e, String key) {
        return e.candidates().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void shouldGiveSharesNowAndAYearEarlierWithGrowth() {
        post(100, NOW, List.of("python"));
        post(20, NOW, List.of("python"), c("langchain", "LangChain"));
        post(110, YEAR_BEFORE, List.of("python"));
        post(10, YEAR_BEFORE, List.of("python"), c("langchain", "LangChain"));

        Emerging.Candidate langchain = only(queries.emerging(null, null, 20, 5), "langchain");

        assertThat(langchain.postings()).isEqualTo(20);
        assertThat(langchain.share()).isEqualTo(20 / 120.0);
        assertThat(langchain.baselinePostings()).isEqualTo(10);
        assertThat(langchain.baselineShare()).isEqualTo(10 / 120.0);
        assertThat(langchain.growth()).isEqualTo(20 / 120.0 - 10 / 120.0);
        assertThat(langchain.ratio()).isEqualTo(2.0);
        assertThat(langchain.firstSeen()).isEqualTo(YEAR_BEFORE);
    }

    @Test
    void shouldRankASteadyRiseAboveALargerSteadyTerm() {
        post(400, NOW, List.of("python"));
        post(60, NOW, List.of("python"), c("terraform", "Terraform"));
        post(40, NOW, List.of("python"), c("pinecone", "Pinecone"));
        post(440, YEAR_BEFORE, List.of("python"));
        post(60, YEAR_BEFORE, List.of("python"), c("terraform", "Terraform"));

        Emerging e = queries.emerging(null, null, 20, 5);

        assertThat(e.candidates()).extracting(Emerging.Candidate::key).containsExactly("pinecone", "terraform");
        assertThat(e.candidates()).extracting(Emerging.Candidate::rising).containsExactly(true, false);
    }

    @Test
    void shouldRankAFewNewPostingsBelowAWellSupportedRise() {
        post(1000, NOW, List.of("python"));
        post(3, NOW, List.of("python"), c("qdrant", "Qdrant"));
        post(100, NOW, List.of("python"), c("langchain", "LangChain"));
        post(1000, YEAR_BEFORE, List.of("python"));
        post(60, YEAR_BEFORE, List.of("python"), c("langchain", "LangChain"));

        Emerging e = queries.emerging(null, null, 20, 1);

        assertThat(e.candidates()).extracting(Emerging.Candidate::key).containsExactly("langchain", "qdrant");
    }

    @Test
    void shouldLeaveOutCandidatesUnderTheSupport() {
        post(50, NOW, List.of("python"));
        post(9, NOW, List.of("python"), c("qdrant", "Qdrant"));

        assertThat(queries.emerging(null, null, 20, 10).candidates()).isEmpty();
        assertThat(queries.emerging(null, null, 20, 9).candidates()).extracting(Emerging.Candidate::key)
                .containsExactly("qdrant");
    }

    @Test
    void shouldFoldAnExpansionWrittenNextToItsAcronymAndCountAPostingNamingBothOnce() {
        List<AliasPair> written = List.of(new AliasPair("llm", "large language model"));
        post(100, NOW, List.of("python"));
        post(3, NOW, List.of("python"), written, c("llm", "LLMs"));
        post(5, NOW, List.of("python"), c("large language model", "large language models"));
        post(4, NOW, List.of("python"), c("llm", "LLM"), c("large language model", "large language models"));

        Emerging.Candidate llm = only(queries.emerging(null, null, 20, 1), "llm");

        assertThat(llm.keys()).containsExactlyInAnyOrder("llm", "large language model");
        assertThat(llm.postings()).isEqualTo(3 + 5 + 4);
        assertThat(llm.label()).isEqualTo("LLM");
    }

    @Test
    void shouldNotFoldOnTheEvidenceOfTwoPostings() {
        List<AliasPair> written = List.of(new AliasPair("llm", "large language model"));
        post(100, NOW, List.of("python"));
        post(2, NOW, List.of("python"), written, c("llm", "LLMs"));
        post(5, NOW, List.of("python"), c("large language model", "large language models"));

        assertThat(queries.emerging(null, null, 20, 1).candidates()).extracting(Emerging.Candidate::key)
                .containsExactlyInAnyOrder("llm", "large language model");
    }

    @Test
    void shouldRetractADeletedPostingsCandidateAndExample() {
        post(10, NOW, List.of("python"));
        List<Member> asking = post(3, NOW, List.of("python"), c("dbt", "dbt"));

        change(asking.get(2), null);

        Emerging.Candidate dbt = only(queries.emerging(null, null, 20, 1), "dbt");
        assertThat(dbt.postings()).isEqualTo(2);
        assertThat(dbt.examples()).containsExactlyInAnyOrder(asking.get(0).id(), asking.get(1).id());
    }

    @Test
    void shouldMoveACandidateWhenAnEditDropsIt() {
        post(10, NOW, List.of("python"));
        List<Member> asking = post(2, NOW, List.of("python"), c("dbt", "dbt"));
        Member before = asking.get(0);

        change(before, member(before.id(), NOW, List.of("python"), List.of(c("airflow", "Airflow")), List.of()));

        Emerging e = queries.emerging(null, null, 20, 1);
        assertThat(only(e, "dbt").postings()).isEqualTo(1);
        assertThat(only(e, "airflow").examples()).containsExactly(before.id());
    }

    @Test
    void shouldNameTheGuidesTermsMostOftenAskedWithIt() {
        post(10, NOW, List.of("python"));
        post(6, NOW, List.of("python", "docker"), c("pinecone", "Pinecone"));
        post(3, NOW, List.of("sql"), c("pinecone", "Pinecone"));

        Emerging.Candidate pinecone = only(queries.emerging(null, null, 20, 1), "pinecone");

        assertThat(pinecone.sampled()).isEqualTo(9);
        assertThat(pinecone.companions()).extracting(Emerging.Companion::id)
                .containsExactly("docker", "python", "sql");
        assertThat(pinecone.companions().get(0).label()).isEqualTo(Taxonomy.bundled().term("docker").orElseThrow().label());
        assertThat(pinecone.companions().get(0).share()).isEqualTo(6 / 9.0);
    }

    @Test
    void shouldGiveAMonthlyLineFromAYearEarlierToTheWindowsEnd() {
        post(10, NOW, List.of("python"));
        post(5, NOW.minusMonths(2), List.of("python"), c("dbt", "dbt"));

        Emerging e = queries.emerging(NOW.minusMonths(2), NOW, 20, 1);

        assertThat(only(e, "dbt").months()).hasSize(15);
        assertThat(only(e, "dbt").months().get(12)).isEqualTo(new Emerging.Month(NOW.minusMonths(2), 5, 5, 1.0));
        assertThat(e.baselineFrom()).isEqualTo(NOW.minusMonths(2).minusYears(1));
    }
}

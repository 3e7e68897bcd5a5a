package dev.skillpulse.ingest;

import static dev.skillpulse.ingest.Fixtures.accepted;
import static dev.skillpulse.ingest.Fixtures.onlyRejectionReason;
import static dev.skillpulse.ingest.Fixtures.read;
import static dev.skillpulse.ingest.Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    private static final String HEADER = "id,title,company,city,country,postedAt,description\n";

    @TempDir
    Path dir;

    private final CsvReader reader = new CsvReader(',', Map.of());

    @Test
    void shouldReadRowWhoseColumnsAreNamedLikeFields() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv",
                HEADER + "c1,Data Scientist,Acme,Berlin,DE,2024-05-06,Python and SQL\n"));

        Posting p = accepted(results).get(0).posting();
        assertThat(p.id()).isEqualTo("c1");
        assertThat(p.location()).isEqualTo(new Location("Berlin", null, "DE"));
        assertThat(p.postedAt()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(p.description()).isEqualTo("Python and SQL");
    }

    @Test
    void shouldReadQuotedMultiLineCellWithEmbeddedQuotesAndCommas() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER
                + "c1,ML Engineer,\"Acme, Inc.\",Paris,FR,2024-05-06,\"You will:\n- ship \"\"models\"\"\n- use PyTorch\"\n"
                + "c2,Analyst,Beta,Lyon,FR,2024-05-07,SQL\n"));

        assertThat(accepted(results)).extracting(a -> a.posting().company()).containsExactly("Acme, Inc.", "Beta");
        assertThat(accepted(results).get(0).posting().description())
                .isEqualTo("You will:\n- ship \"models\"\n- use PyTorch");
    }

    @Test
    void shouldNameEachRecordByTheLineItStartsOn() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER
                + "c1,ML Engineer,Acme,Paris,FR,2024-05-06,\"one\ntwo\nthree\"\n"
                + ",Analyst,Beta,Lyon,FR,2024-05-07,SQL\n"));

        assertThat(accepted(results).get(0).origin()).endsWith("jobs.csv:2");
        assertThat(rejected(results)).singleElement().extracting(ReadResult.Rejected::origin).asString()
                .endsWith("jobs.csv:5");
    }

    @Test
    void shouldMapOtherColumnNamesToFields() throws Exception {
        CsvReader mapped = new CsvReader(',', Map.of("job_id", "id", "Job Title", "title", "date", "postedAt",
                "pay_from", "salaryMin", "pay_to", "salaryMax", "ccy", "salaryCurrency", "wfh", "remote"));

        var results = read(mapped, Fixtures.write(dir, "export.csv",
                "job_id,Job Title,date,pay_from,pay_to,ccy,wfh\nj9,Data Engineer,2023-02-01,\"90,000\",120000,EUR,yes\n"));

        Posting p = accepted(results).get(0).posting();
        assertThat(p.id()).isEqualTo("j9");
        assertThat(p.title()).isEqualTo("Data Engineer");
        assertThat(p.remote()).isTrue();
        assertThat(p.salary().min()).isEqualByComparingTo(new BigDecimal("90000"));
        assertThat(p.salary().max()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(p.salary().currency()).isEqualTo("EUR");
    }

    @Test
    void shouldMapAColumnToIndustry() throws Exception {
        CsvReader mapped = new CsvReader(',', Map.of("sector", "industry"));

        var results = read(mapped, Fixtures.write(dir, "sector.csv", "id,postedAt,sector\nk1,2024-01-02,Retail\n"));

        assertThat(accepted(results).get(0).posting().industry()).isEqualTo("Retail");
    }

    @Test
    void shouldRefuseMappingToUnknownField() {
        assertThatThrownBy(() -> new CsvReader(',', Map.of("x", "salary")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown field 'salary'");
    }

    @Test
    void shouldRejectRowWithoutId() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER + ",Analyst,Beta,Lyon,FR,2024-05-07,SQL\n"));

        assertThat(onlyRejectionReason(results)).isEqualTo("missing field 'id'");
    }

    @Test
    void shouldRejectRowWithUnparseableDate() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER + "c1,Analyst,Beta,Lyon,FR,7 May 2024,SQL\n"));

        assertThat(onlyRejectionReason(results)).isEqualTo("unparseable date in 'postedAt': 7 May 2024");
    }

    @Test
    void shouldRejectRowWithUnparseableSalary() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv",
                "id,postedAt,salaryMin\nc1,2024-05-07,lots\n"));

        assertThat(onlyRejectionReason(results)).isEqualTo("unparseable number in 'salaryMin': lots");
    }

    @Test
    void shouldRejectTruncatedLastRowAndKeepTheOthers() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER
                + "c1,Analyst,Beta,Lyon,FR,2024-05-07,SQL\nc2,Data Eng"));

        assertThat(accepted(results)).hasSize(1);
        assertThat(rejected(results)).singleElement().satisfies(r -> {
            assertThat(r.origin()).endsWith("jobs.csv:3");
            assertThat(r.reason()).isEqualTo("record has 2 values but the header has 7 columns");
        });
    }

    @Test
    void shouldKeepRecordsBeforeAnUnterminatedQuote() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", HEADER
                + "c1,Analyst,Beta,Lyon,FR,2024-05-07,SQL\nc2,Analyst,Beta,Lyon,FR,2024-05-08,\"never closed\n"));

        assertThat(accepted(results)).extracting(a -> a.posting().id()).containsExactly("c1");
        Fixtures.assertSingleRejection(results, "jobs.csv:3", "file cannot be read further");
    }

    @Test
    void shouldRejectFileWhoseHeaderHasNoIdColumnOnce() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", "ref,postedAt\nr1,2024-01-01\nr2,2024-01-02\n"));

        assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Rejected.class,
                r -> assertThat(r.reason()).startsWith("no column for field 'id'").contains("--map column=id"));
    }

    @Test
    void shouldRejectEveryRowOfAFileThatIsAllRejects() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", "id,postedAt\n,2024-01-01\nc2,\nc3,soon\n"));

        assertThat(accepted(results)).isEmpty();
        assertThat(rejected(results)).extracting(ReadResult.Rejected::reason).containsExactly(
                "missing field 'id'", "missing field 'postedAt'", "unparseable date in 'postedAt': soon");
    }

    @Test
    void shouldTurnRowMarkedDeletedIntoDeletion() throws Exception {
        var results = read(reader, Fixtures.write(dir, "jobs.csv", "id,postedAt,deleted\nc1,,true\n"));

        assertThat(accepted(results)).singleElement().satisfies(a -> assertThat(a.posting().deleted()).isTrue());
    }

    @Test
    void shouldReadLatin1FileWithByteOrderMarkFreeHeader() throws Exception {
        Path file = Fixtures.bytes(dir, "latin1.csv",
                (HEADER + "c1,Ingénieur données,Société Générale,Paris,FR,2024-05-06,Python\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        Posting p = accepted(read(reader, file)).get(0).posting();
        assertThat(p.title()).isEqualTo("Ingénieur données");
        assertThat(p.company()).isEqualTo("Société Générale");
    }

    @Test
    void shouldReadHeaderAfterUtf8ByteOrderMark() throws Exception {
        Path file = Fixtures.bytes(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,postedAt\nc1,2024-01-01\n".getBytes(StandardCharsets.UTF_8));

        assertThat(accepted(read(reader, file))).singleElement().satisfies(a -> assertThat(a.posting().id()).isEqualTo("c1"));
    }

    @Test
    void shouldReadTabSeparatedValues() throws Exception {
        var results = read(new CsvReader('\t', Map.of()), Fixtures.write(dir, "jobs.tsv", "id\tpostedAt\tremote\nt1\t2024-01-01\tno\n"));

        assertThat(accepted(results)).singleElement().satisfies(a -> assertThat(a.posting().remote()).isFalse());
    }
}

package dev.skillpulse.ingest;

import static dev.skillpulse.ingest.Fixtures.accepted;
import static dev.skillpulse.ingest.Fixtures.onlyRejectionReason;
import static dev.skillpulse.ingest.Fixtures.read;
import static dev.skillpulse.ingest.Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdReaderTest {
    private static final String FULL = """
            {"@context": "https://schema.org/", "@type": "JobPosting",
             "identifier": {"@type": "PropertyValue", "name": "Acme", "value": "acme-77"},
             "title": "Senior ML Engineer",
             "hiringOrganization": {"@type": "Organization", "name": "Acme"},
             "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Austin",
                 "addressRegion": "TX", "addressCountry": "US"}},
             "datePosted": "2024-02-05T08:00:00+00:00", "validThrough": "2024-03-05",
             "description": "<p>We use <b>PyTorch</b></p>", "url": "https://jobs.example/77",
             "employmentType": ["FULL_TIME", "CONTRACTOR"], "jobLocationType": "TELECOMMUTE",
             "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                 "value": {"@type": "QuantitativeValue", "minValue": 150000, "maxValue": "190000", "unitText": "YEAR"}}}
            """;

    private static String small(String id) {
        return "{\"@type\":\"JobPosting\",\"identifier\":\"" + id + "\",\"title\":\"T\",\"datePosted\":\"2024-01-0" + id.length() + "\"}";
    }

    @TempDir
    Path dir;

    private final JsonLdReader reader = new JsonLdReader();

    @Test
    void shouldMapEveryJobPostingField() throws Exception {
        Posting p = accepted(read(reader, Fixtures.write(dir, "one.jsonld", FULL))).get(0).posting();

        assertThat(p.id()).isEqualTo("acme-77");
        assertThat(p.title()).isEqualTo("Senior ML Engineer");
        assertThat(p.company()).isEqualTo("Acme");
        assertThat(p.location()).isEqualTo(new Location("Austin", "TX", "US"));
        assertThat(p.postedAt()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(p.validThrough()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(p.description()).isEqualTo("<p>We use <b>PyTorch</b></p>");
        assertThat(p.url()).isEqualTo("https://jobs.example/77");
        assertThat(p.employmentType()).isEqualTo("FULL_TIME, CONTRACTOR");
        assertThat(p.remote()).isTrue();
        assertThat(p.salary().min()).isEqualByComparingTo(new BigDecimal("150000"));
        assertThat(p.salary().max()).isEqualByComparingTo(new BigDecimal("190000"));
        assertThat(p.salary().currency()).isEqualTo("USD");
        assertThat(p.salary().unit()).isEqualTo("YEAR");
    }

    @Test
    void shouldReadIndustryAsTextOrAsTheNameOfADefinedTerm() throws Exception {
        List<ReadResult> results = read(reader, Fixtures.write(dir, "industry.jsonld", """
                [{"@type": "JobPosting", "identifier": "i-1", "datePosted": "2024-01-02", "industry": "Healthcare"},
                 {"@type": "JobPosting", "identifier": "i-2", "datePosted": "2024-01-02",
                  "industry": {"@type": "DefinedTerm", "name": "Financial Services"}},
                 {"@type": "JobPosting", "identifier": "i-3", "datePosted": "2024-01-02"}]
                """));

        assertThat(accepted(results)).extracting(r -> r.posting().industry())
                .containsExactly("Healthcare", "Financial Services", null);
    }

    @Test
    void shouldAcceptStringIdentifierStringOrganizationAndLocationArray() throws Exception {
        Posting p = accepted(read(reader, Fixtures.write(dir, "x.jsonld", """
                {"@type": "JobPosting", "identifier": "j-1", "hiringOrganization": "Beta GmbH", "datePosted": "2023-06-01",
                 "jobLocation": [{"address": {"addressLocality": "Munich", "addressCountry": {"@type": "Country", "name": "DE"}}},
                                 {"address": {"addressLocality": "Berlin"}}],
                 "baseSalary": {"currency": "EUR", "value": {"value": 70000, "unitText": "year"}}}
                """))).get(0).posting();

        assertThat(p.id()).isEqualTo("j-1");
        assertThat(p.company()).isEqualTo("Beta GmbH");
        assertThat(p.location()).isEqualTo(new Location("Munich", null, "DE"));
        assertThat(p.salary().min()).isEqualByComparingTo("70000");
        assertThat(p.salary().unit()).isEqualTo("YEAR");
        assertThat(p.remote()).isNull();
    }

    @Test
    void shouldReadEveryPostingOfAnArray() throws Exception {
        var results = read(reader, Fixtures.write(dir, "list.json", "[\n" + small("a") + ",\n" + small("bb") + "\n]"));

        assertThat(accepted(results)).extracting(a -> a.posting().id()).containsExactly("a", "bb");
        assertThat(accepted(results).get(1).origin()).endsWith("list.json:3");
    }

    @Test
    void shouldReadGraphAndSkipObjectsOfOtherTypes() throws Exception {
        var results = read(reader, Fixtures.write(dir, "graph.jsonld", "{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Organization\",\"name\":\"Acme\"}," + small("a") + "," + small("bb") + "]}"));

        assertThat(results).hasSize(2);
        assertThat(accepted(results)).extracting(a -> a.posting().id()).containsExactly("a", "bb");
    }

    @Test
    void shouldReadLdJsonScriptBlocksOfAnHtmlPage() throws Exception {
        var results = read(reader, Fixtures.write(dir, "page.txt", """
                <!doctype html>
                <html><head><script type="application/ld+json">%s</script>
                <script src="app.js"></script>
                <SCRIPT type='application/ld+json'>
                { "@type": "WebSite", "name": "Jobs" }
                </SCRIPT>
                </head><body><script type="application/ld+json">
                %s
                </script></body></html>
                """.formatted(small("a"), small("bb"))));

        assertThat(accepted(results)).extracting(a -> a.posting().id()).containsExactly("a", "bb");
        assertThat(accepted(results)).extracting(ReadResult::origin)
                .satisfiesExactly(o -> assertThat(o).endsWith("page.txt:2"), o -> assertThat(o).endsWith("page.txt:8"));
    }

    @Test
    void shouldRejectPostingWithoutDatePosted() throws Exception {
        var results = read(reader, Fixtures.write(dir, "x.jsonld", "{\"@type\":\"JobPosting\",\"identifier\":\"a\"}"));

        assertThat(onlyRejectionReason(results)).isEqualTo("missing field 'datePosted'");
    }

    @Test
    void shouldRejectPostingWithUnparseableDatePosted() throws Exception {
        var results = read(reader, Fixtures.write(dir, "x.jsonld",
                "{\"@type\":\"JobPosting\",\"identifier\":\"a\",\"datePosted\":\"last week\"}"));

        assertThat(onlyRejectionReason(results)).isEqualTo("unparseable date in 'datePosted': last week");
    }

    @Test
    void shouldUseUrlWhenIdentifierIsMissing() throws Exception {
        var results = read(reader, Fixtures.write(dir, "x.jsonld",
                "{\"@type\":\"JobPosting\",\"url\":\"https://jobs.example/9\",\"datePosted\":\"2024-01-01\"}"));

        assertThat(accepted(results)).singleElement().satisfies(a -> assertThat(a.posting().id()).isEqualTo("https://jobs.example/9"));
    }

    @Test
    void shouldRejectPostingWithNeitherIdentifierNorUrl() throws Exception {
        var results = read(reader, Fixtures.write(dir, "x.jsonld", "{\"@type\":\"JobPosting\",\"datePosted\":\"2024-01-01\"}"));

        assertThat(onlyRejectionReason(results)).startsWith("missing field 'identifier'");
    }

    @Test
    void shouldKeepPostingsBeforeTruncatedArray() throws Exception {
        var results = read(reader, Fixtures.write(dir, "cut.jsonld", "[\n" + small("a") + ",\n" + small("bb") + ",\n{\"@type\":\"Job"));

        assertThat(accepted(results)).hasSize(2);
        Fixtures.assertSingleRejection(results, "cut.jsonld:4", "file is truncated");
    }

    @Test
    void shouldKeepPostingsBeforeMalformedJson() throws Exception {
        var results = read(reader, Fixtures.write(dir, "bad.jsonld", "[\n" + small("a") + ",\n{\"@type\": JobPosting}\n]"));

        assertThat(accepted(results)).hasSize(1);
        Fixtures.assertSingleRejection(results, "bad.jsonld:3", "malformed JSON");
    }

    @Test
    void shouldRejectScriptBlockThatIsNeverClosed() throws Exception {
        var results = read(reader, Fixtures.write(dir, "cut.html",
                "<html>\n<script type=\"application/ld+json\">\n" + small("a")));

        assertThat(onlyRejectionReason(results)).contains("not closed");
    }

    @Test
    void shouldRejectEveryPostingOfAFileThatIsAllRejects() throws Exception {
        var results = read(reader, Fixtures.write(dir, "bad.jsonld",
                "[{\"@type\":\"JobPosting\"},{\"@type\":\"JobPosting\",\"identifier\":\"b\",\"datePosted\":\"x\"}]"));

        assertThat(accepted(results)).isEmpty();
        assertThat(rejected(results)).hasSize(2);
    }
}

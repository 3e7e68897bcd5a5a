package dev.skillpulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermGroups;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The taxonomy, compare, categories, requirements, outlook and extract endpoints on six postings over two months:
 *
 * <pre>
 * 2024-01  p1 DE senior  requires masters    2-4  finance     python, mlops, aws
 *          p2 DE junior  requires bachelors  0-1  finance     python, pytorch
 *          p3 US mid     requires phd        5-7  healthcare  pytorch, docker, gcp, azure
 *          p4 US mid     states nothing           (none)      sql
 * 2024-02  p5 DE senior  requires bachelors  2-4  finance     nlp, cert-aws-ml, aws
 *          p6 US junior  requires masters    0-1  healthcare  computer-vision, pytorch
 * </pre>
 */
class TrendApiTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 14);
    private static final String FINANCE = "Financial Services";
    private static final String HEALTH = "Healthcare";
    private static ApiFixture api;

    private static Profile profile(String country, String seniority, String required, String experience,
            String industry) {
        return new Profile(country, country + "/x", seniority, required, "unknown", experience, industry);
    }

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture()
                .posting("p1", JAN, profile("DE", "senior", "masters", "2-4", FINANCE), "python", "mlops", "aws")
                .posting("p2", JAN, profile("DE", "junior", "bachelors", "0-1", FINANCE), "python", "pytorch")
                .posting("p3", JAN, profile("US", "mid", "phd", "5-7", HEALTH), "pytorch", "docker", "gcp", "azure")
                .posting("p4", JAN, profile("US", "mid", "unknown", "unknown", null), "sql")
                .posting("p5", FEB, profile("DE", "senior", "bachelors", "2-4", FINANCE), "nlp", "cert-aws-ml", "aws")
                .posting("p6", FEB, profile("US", "junior", "masters", "0-1", HEALTH), "computer-vision", "pytorch")
                .start(db -> {
                    ShareQueries shares = new ShareQueries(db.dsl(), TermGroups.of(ApiFixture.TAXONOMY));
                    return List.of(new TaxonomyController(ApiFixture.TAXONOMY),
                            new CompareController(new SkillQueries(db.dsl()), ApiFixture.TAXONOMY),
                            new CategoryController(shares, ApiFixture.TAXONOMY),
                            new RequirementsController(new RequirementQueries(shares, ApiFixture.TAXONOMY)),
                            new OutlookController(new OutlookQueries(shares, ApiFixture.TAXONOMY)),
                            new ExtractController(new MentionExtractor(ApiFixture.TAXONOMY)));
                });
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.path(key).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + "=" + value + " in " + array));
    }

    @Test
    void taxonomyListsEveryTermWithItsAliasesAndTheDigest() throws Exception {
        JsonNode taxonomy = api.json("/api/taxonomy");

        assertThat(taxonomy.path("terms")).hasSize(ApiFixture.TAXONOMY.terms().size());
        assertThat(find(taxonomy.path("terms"), "id", "python").path("aliases"))
                .extracting(JsonNode::asText).contains("Python3");
        assertThat(taxonomy.path("categories")).extracting(JsonNode::asText).contains("cloud-mlops", "certifications");
        assertThat(taxonomy.path("types")).extracting(JsonNode::asText).contains("skill", "certification");
        assertThat(taxonomy.path("digest").asText()).isEqualTo(ApiFixture.TAXONOMY.digest());
    }

    @Test
    void compareAlignsTheSeriesOfEverySkillOnTheSameMonths() throws Exception {
        JsonNode series = api.json("/api/compare?skills=python,pytorch&grain=month").path("series");

        assertThat(series).hasSize(2);
        JsonNode python = series.get(0).path("points");
        JsonNode pytorch = series.get(1).path("points");
        assertThat(python).extracting(p -> p.path("period").asText()).containsExactly("2024-01-01", "2024-02-01");
        assertThat(pytorch).extracting(p -> p.path("period").asText()).containsExactly("2024-01-01", "2024-02-01");
        assertThat(python.get(0).path("share").asDouble()).isEqualTo(0.5);
        assertThat(python.get(1).path("postings").asLong()).isZero();
        assertThat(pytorch.get(1).path("share").asDouble()).isEqualTo(0.5);
    }

    @Test
    void compareRefusesMoreThanTenSkills() throws Exception {
        HttpResponse<String> response = api.get("/api/compare?skills=a,b,c,d,e,f,g,h,i,j,k");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("skills");
    }

    @Test
    void compareAnswersNotFoundForAnUnknownSkill() throws Exception {
        HttpResponse<String> response = api.get("/api/compare?skills=python,cobol");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiFixture.parse(response.body()).path("error").asText()).contains("cobol");
    }

    @Test
    void categoryTrendCountsAPostingOncePerCategory() throws Exception {
        JsonNode categories = api.json("/api/categories/trend").path("categories");

        JsonNode january = find(categories, "category", "cloud-mlops").path("points").get(0);
        assertThat(january.path("postings").asLong()).isEqualTo(2);
        assertThat(january.path("totalPostings").asLong()).isEqualTo(4);
        assertThat(january.path("share").asDouble()).isEqualTo(0.5);
        JsonNode february = find(categories, "category", "specializations").path("points").get(1);
        assertThat(february.path("share").asDouble()).isEqualTo(1.0);
    }

    @Test
    void categoryTrendFiltersByCountry() throws Exception {
        JsonNode points = api.json("/api/categories/trend?category=programming&country=de")
                .path("categories").get(0).path("points");

        assertThat(points.get(0).path("totalPostings").asLong()).isEqualTo(2);
        assertThat(points.get(0).path("share").asDouble()).isEqualTo(1.0);
    }

    @Test
    void categoryTrendAnswersNotFoundForAnUnknownCategory() throws Exception {
        HttpResponse<String> response = api.get("/api/categories/trend?category=astrology");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("category");
    }

    @Test
    void categoryTrendAnswersCsvWhenAskedByAcceptHeader() throws Exception {
        HttpResponse<String> response = api.get("/api/categories/trend?category=programming", "Accept", "text/csv");

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body().split("\r\n")).containsExactly(
                "category,period,postings,totalPostings,share",
                "programming,2024-01-01,2,4,0.5",
                "programming,2024-02-01,0,2,0.0");
    }

    @Test
    void requirementsCountEducationExperienceCertificationsAndSpecializations() throws Exception {
        JsonNode r = api.json("/api/requirements");

        assertThat(find(r.path("education").path("required"), "value", "bachelors").path("postings").asLong())
                .isEqualTo(2);
        assertThat(find(r.path("education").path("required"), "value", "masters").path("share").asDouble())
                .isEqualTo(2.0 / 6);
        assertThat(find(r.path("experience"), "value", "0-1").path("postings").asLong()).isEqualTo(2);
        assertThat(find(r.path("certifications"), "id", "cert-aws-ml").path("postings").asLong()).isEqualTo(1);
        assertThat(find(r.path("certifications"), "id", "cert-gcp-ml").path("postings").asLong()).isZero();
        assertThat(r.path("specializations")).extracting(n -> n.path("id").asText())
                .containsExactly("nlp", "computer-vision", "recommender-systems");
    }

    @Test
    void requirementsAnswerTheGuidesMastersQuestionFromTheShares() throws Exception {
        JsonNode faq = api.json("/api/requirements").path("faq");

        // 5 postings state a degree: masters 2 + phd 1 = 60 % advanced, so the answer is not "No".
        assertThat(faq.get(0).path("answer").asText())
                .startsWith("Often: 60.0% of the postings that state a required degree require a master's or PhD, "
                        + "40.0% a bachelor's");
        // 5 postings state experience, 4 of them at most 4 years, 2 at most 1 year.
        assertThat(faq.get(1).path("answer").asText()).startsWith("80.0% of the postings that state experience ask "
                + "for at most 4 years (40.0% for at most 1 year)");
    }

    @Test
    void outlookSharesOfMlopsModelOnlyAndCloudPerMonth() throws Exception {
        JsonNode outlook = api.json("/api/outlook");

        JsonNode january = outlook.path("mlops").path("points").get(0);
        assertThat(january.path("share").asDouble()).isEqualTo(0.5); // p1 (mlops), p3 (docker)
        assertThat(january.path("modelOnlyShare").asDouble()).isEqualTo(0.25); // p2 only: p3 also asks docker
        JsonNode cloud = outlook.path("cloud").path("points").get(0);
        assertThat(cloud.path("share").asDouble()).isEqualTo(0.5);
        assertThat(cloud.path("aws").asDouble()).isEqualTo(0.5);
        assertThat(cloud.path("azure").asDouble()).isEqualTo(0.5);
        assertThat(outlook.path("volume").path("points")).extracting(p -> p.path("postings").asLong())
                .containsExactly(4L, 2L);
        assertThat(outlook.path("claims").get(0).path("verdict").asText()).isEqualTo("not enough data");
        assertThat(outlook.path("risingMethod").asText()).contains("least squares");
    }

    @Test
    void outlookSpreadsEachMonthsPostingsOverIndustries() throws Exception {
        JsonNode january = api.json("/api/outlook").path("industries").path("points").get(0).path("industries");

        assertThat(january.path(FINANCE).asDouble()).isEqualTo(0.5);
        assertThat(january.path(HEALTH).asDouble()).isEqualTo(0.25);
        assertThat(january.path("unknown").asDouble()).isEqualTo(0.25);
    }

    @Test
    void categoryTrendFiltersByIndustry() throws Exception {
        JsonNode points = api.json("/api/categories/trend?category=ml-frameworks&industry=Healthcare")
                .path("categories").get(0).path("points");

        assertThat(points).extracting(p -> p.path("totalPostings").asLong()).containsExactly(1L, 1L);
        assertThat(points.get(0).path("share").asDouble()).isEqualTo(1.0); // p3: PyTorch
    }

    @Test
    void requirementsWithinASeniorityCountOnlyItsPostings() throws Exception {
        JsonNode r = api.json("/api/requirements?seniority=senior"); // p1 (masters, 2-4) and p5 (bachelors, 2-4)

        assertThat(r.path("education").path("required")).extracting(n -> n.path("value").asText(),
                n -> n.path("postings").asLong()).containsExactlyInAnyOrder(tuple("masters", 1L), tuple("bachelors", 1L));
        assertThat(r.path("experience")).extracting(n -> n.path("value").asText(), n -> n.path("share").asDouble())
                .containsExactly(tuple("2-4", 1.0));
        assertThat(find(r.path("certifications"), "id", "cert-aws-ml").path("postings").asLong()).isEqualTo(1);
    }

    @Test
    void anIndustryCombinedWithACountryIsRefusedNamingIndustry() throws Exception {
        HttpResponse<String> response = api.get("/api/categories/trend?industry=Healthcare&country=US");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("industry");
    }

    @Test
    void industryIsABreakdownLikeTheOthers() throws Exception {
        JsonNode rows = api.json("/api/breakdown/industry").path("rows");

        assertThat(rows.get(0).path("value").asText()).isEqualTo(FINANCE);
        assertThat(rows.get(0).path("postings").asLong()).isEqualTo(3);
        assertThat(rows.get(0).path("share").asDouble()).isEqualTo(0.5);
        JsonNode withPython = api.json("/api/breakdown/industry?skill=python").path("rows");
        assertThat(withPython.get(0).path("termPostings").asLong()).isEqualTo(2);
    }

    @Test
    void extractFindsTheGuidesTermsInAText() throws Exception {
        HttpResponse<String> response = api.post("/api/extract", "application/json",
                "{\"text\": \"Shipped PyTorch models on Kubernetes; AWS Certified Machine Learning – Specialty.\"}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiFixture.parse(response.body()).path("terms")).extracting(n -> n.path("id").asText())
                .contains("pytorch", "kubernetes", "cert-aws-ml");
    }

    @Test
    void extractRefusesTextOver100Kilobytes() throws Exception {
        String text = "python ".repeat(15_000);
        HttpResponse<String> response = api.post("/api/extract", "application/json",
                ("{\"text\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void extractRefusesAnotherContentType() throws Exception {
        HttpResponse<String> response = api.post("/api/extract", "text/plain", "python".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void extractRefusesMalformedJsonNamingTheField() throws Exception {
        HttpResponse<String> response = api.post("/api/extract", "application/json",
                "{\"text\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.parse(response.body()).path("field").asText()).isEqualTo("text");
    }
}

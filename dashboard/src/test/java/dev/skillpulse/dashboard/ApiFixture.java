package dev.skillpulse.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.FactTally;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scratch database holding a small corpus of counted postings, written as the projector would write them (each
 * posting's facts and its counted-posting row), and the dashboard on a free port with the API parts under test.
 */
final class ApiFixture implements AutoCloseable {
    static final Taxonomy TAXONOMY = Taxonomy.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScratchDatabase scratch;
    private final Database db;
    /** The corpus folded as the projector folds it, so every summary the queries read is written. */
    private final FactTally tally = new FactTally(TermGroups.of(Taxonomy.bundled()));
    private Javalin app;

    ApiFixture() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), TAXONOMY);
    }

    /** A counted posting published once. */
    ApiFixture posting(String id, LocalDate day, Profile profile, String... terms) {
        Member member = new Member(id, day, profile, List.of(terms));
        tally.add(id, new CountChange(null, new Contribution(member, true, 1)));
        return this;
    }

    /** A counted posting published once, asking for candidate terms beyond the taxonomy (key and label alike). */
    ApiFixture postingBeyond(String id, LocalDate day, Profile profile, List<String> candidates, String... terms) {
        Member member = new Member(id, day, profile, List.of(terms),
                candidates.stream().map(c -> new Member.CandidateTerm(c, c)).toList(), List.of());
        tally.add(id, new CountChange(null, new Contribution(member, true, 1)));
        return this;
    }

    Database db() {
        return db;
    }

    /** Writes the corpus and starts the dashboard with the parts {@code parts} builds from the database. */
    ApiFixture start(Function<Database, List<ApiPart>> parts) {
        new CountWriter(db.dsl()).add(tally.deltas(), List.of());
        HealthCheck health = new HealthCheck(Map.of("database", db::isUp));
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())), new HealthController(health),
                parts.apply(db).toArray(ApiPart[]::new)).start("127.0.0.1", 0);
        return this;
    }

    Javalin app() {
        return app;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode parse(String body) throws Exception {
        return JSON.readTree(body);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    @Override
    public void close() throws Exception {
        if (app != null) {
            app.stop();
        }
        db.close();
        scratch.close();
    }
}

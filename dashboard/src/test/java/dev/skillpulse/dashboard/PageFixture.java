package dev.skillpulse.dashboard;

import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.ingest.PostingSink;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.EmergingQueries;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.PostingDetailWriter;
import dev.skillpulse.store.PostingQueries;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ScratchDatabase;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermCatalog;
import dev.skillpulse.store.TermGroups;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scratch database holding {@link DemoPostings}, the dashboard serving it with every API part there is on this
 * branch, and the applied position its events follow.
 */
final class PageFixture implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ScratchDatabase scratch;
    private final Database db;
    static final String TOKEN = "page-test-token";
    private final AppliedPosition position = new AppliedPosition();
    /** What uploads sent on: Kafka's place in the app, which these page tests leave out. */
    private final List<Posting> received = new CopyOnWriteArrayList<>();
    private final PostingSink sink = new PostingSink() {
        @Override
        public void send(Posting posting) {
            received.add(posting);
        }

        @Override
        public long flush() {
            return received.size();
        }

        @Override
        public void close() {
        }
    };
    private final Javalin app;

    PageFixture() throws Exception {
        scratch = ScratchDatabase.create("sp_test");
        db = Database.open(scratch.jdbcUrl());
        TermCatalog.sync(db.dsl(), Taxonomy.bundled());
        new CountWriter(db.dsl()).add(DemoPostings.generate(), List.of());
        Taxonomy taxonomy = Taxonomy.bundled();
        ShareQueries shares = new ShareQueries(db.dsl(), TermGroups.of(taxonomy));
        app = DashboardApp.create(new SkillController(new SkillQueries(db.dsl())),
                new HealthController(new HealthCheck(Map.of("database", db::isUp))),
                new TaxonomyController(taxonomy),
                new CompareController(new SkillQueries(db.dsl()), taxonomy),
                new CategoryController(shares, taxonomy),
                new RequirementsController(new RequirementQueries(shares, taxonomy)),
                new OutlookController(new OutlookQueries(shares, taxonomy)),
                new EmergingController(new EmergingQueries(db.dsl(), taxonomy)),
                new ExtractController(new MentionExtractor(taxonomy)),
                new PostingsController(new PostingQueries(db.dsl()), taxonomy),
                new IngestController(sink, TOKEN),
                new CountEvents(position))
                .start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Adds counts as the projector would, then moves the applied position as its commit would. */
    void project(CountDeltas deltas) {
        new CountWriter(db.dsl()).add(deltas, List.of());
        position.advance();
    }

    /** A posting as the projectors would leave it: its details for the postings list, its counts and counted row. */
    void showPosting(Posting posting, List<String> terms) {
        new PostingDetailWriter(db.dsl()).write(Map.of(posting.id(), posting));
        project(DemoPostings.one(posting.id(), posting.postedAt(), terms));
    }

    List<Posting> received() {
        return received;
    }

    @Override
    public void close() throws Exception {
        app.stop();
        db.close();
        scratch.close();
    }
}

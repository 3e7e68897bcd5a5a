package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.dashboard.ApiPart;
import dev.skillpulse.dashboard.CategoryController;
import dev.skillpulse.dashboard.CompareController;
import dev.skillpulse.dashboard.ExtractController;
import dev.skillpulse.dashboard.IngestController;
import dev.skillpulse.dashboard.OutlookController;
import dev.skillpulse.dashboard.PostingsController;
import dev.skillpulse.dashboard.RequirementsController;
import dev.skillpulse.dashboard.TaxonomyController;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.PostingDetailProjector;
import dev.skillpulse.store.PostingDetailWriter;
import dev.skillpulse.store.PostingQueries;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import java.util.List;

/**
 * The API's parts beyond skills and health, and what they need running: the posting-detail projector behind
 * {@code GET /api/postings} and the Kafka producer behind {@code POST /api/postings}.
 */
final class ApiParts implements AutoCloseable {
    private final KafkaPostingSink sink;
    private final PostingDetailProjector details;
    private final Thread detailsThread;
    private final List<ApiPart> parts;

    /** {@code ingestToken} null or blank leaves HTTP ingest off. */
    ApiParts(String bootstrap, Database db, Taxonomy taxonomy, String ingestToken) {
        ShareQueries shares = new ShareQueries(db.dsl());
        sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS);
        details = new PostingDetailProjector(bootstrap, new PostingDetailWriter(db.dsl()));
        detailsThread = new Thread(details, "posting-detail-projector");
        parts = List.of(
                new TaxonomyController(taxonomy),
                new CompareController(new SkillQueries(db.dsl()), taxonomy),
                new CategoryController(shares, taxonomy),
                new RequirementsController(new RequirementQueries(shares, taxonomy)),
                new OutlookController(new OutlookQueries(shares, taxonomy)),
                new ExtractController(new MentionExtractor(taxonomy)),
                new PostingsController(new PostingQueries(db.dsl()), taxonomy),
                new IngestController(sink, ingestToken));
    }

    ApiPart[] parts() {
        return parts.toArray(ApiPart[]::new);
    }

    boolean isHealthy() {
        return details.isHealthy();
    }

    void start() {
        detailsThread.start();
    }

    @Override
    public void close() throws InterruptedException {
        details.close();
        if (detailsThread.isAlive()) {
            detailsThread.join(30_000);
        }
        sink.close();
    }
}

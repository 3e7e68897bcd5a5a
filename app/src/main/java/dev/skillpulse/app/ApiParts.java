package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.dashboard.ApiPart;
import dev.skillpulse.dashboard.CategoryController;
import dev.skillpulse.dashboard.CompareController;
import dev.skillpulse.dashboard.DocsController;
import dev.skillpulse.dashboard.ExtractController;
import dev.skillpulse.dashboard.IngestController;
import dev.skillpulse.dashboard.Metrics;
import dev.skillpulse.dashboard.EmergingController;
import dev.skillpulse.dashboard.OutlookController;
import dev.skillpulse.dashboard.PostingsController;
import dev.skillpulse.dashboard.PromoteController;
import dev.skillpulse.dashboard.RequirementsController;
import dev.skillpulse.dashboard.TaxonomyController;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.store.AppliedPosition;
import dev.skillpulse.store.CountProjector;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.EmergingQueries;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.PostingDetailProjector;
import dev.skillpulse.store.PostingDetailWriter;
import dev.skillpulse.store.PostingQueries;
import dev.skillpulse.store.ProjectorState;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import dev.skillpulse.store.TermGroups;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The API's parts beyond skills and health, and what they need running: the posting-detail projector behind
 * {@code GET /api/postings} and the Kafka producer behind {@code POST /api/postings}.
 */
final class ApiParts implements AutoCloseable {
    private final KafkaPostingSink sink;
    private final PostingDetailProjector details;
    /** Advanced after each batch of posting details: the response cache's key follows it. */
    private final AppliedPosition detailsWritten = new AppliedPosition();
    private final Thread detailsThread;
    private final List<ApiPart> parts;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<KafkaClientMetrics> clientMetrics = new ArrayList<>();
    private final List<MeterBinder> extraMeters;

    /**
     * {@code groups}: those the projector counts. {@code ingestToken} null or blank leaves HTTP ingest off. The
     * metrics registry gets the JVM's, the pool's, the Kafka clients', the projector's and {@code extraMeters}.
     * Queries read {@code reads} (which a promotion switches to another database); posting details are written to
     * {@code db}. {@code taxonomy}: the one in use now; {@code promoter} null leaves promoting off.
     */
    ApiParts(String bootstrap, Database db, DSLContext reads, Supplier<Taxonomy> taxonomy, TermGroups groups,
            String ingestToken, Supplier<CountProjector> projector, List<MeterBinder> extraMeters,
            PromoteController.Promoter promoter) {
        this.extraMeters = List.copyOf(extraMeters);
        ShareQueries shares = new ShareQueries(reads, groups);
        Taxonomy atStart = taxonomy.get();
        sink = new KafkaPostingSink(bootstrap, Topics.POSTINGS);
        details = new PostingDetailProjector(bootstrap, new PostingDetailWriter(db.dsl(), detailsWritten));
        detailsThread = new Thread(details, "posting-detail-projector");
        parts = List.of(
                new TaxonomyController(taxonomy),
                new CompareController(new SkillQueries(reads), taxonomy),
                new CategoryController(shares, taxonomy),
                new RequirementsController(new RequirementQueries(shares, atStart)),
                new OutlookController(new OutlookQueries(shares, atStart)),
                new EmergingController(new EmergingQueries(reads, taxonomy)),
                new ExtractController(extractorOf(taxonomy)),
                new PostingsController(new PostingQueries(reads), taxonomy),
                new IngestController(sink, ingestToken),
                new PromoteController(promoter == null ? NOT_HERE : promoter, ingestToken),
                new DocsController(),
                new Metrics(registry));
        bindMeters(db, projector);
    }

    /** The extractor of the taxonomy {@code taxonomy} gives now, built once per taxonomy. */
    private static Supplier<MentionExtractor> extractorOf(Supplier<Taxonomy> taxonomy) {
        AtomicReference<MentionExtractor> built = new AtomicReference<>(new MentionExtractor(taxonomy.get()));
        return () -> built.updateAndGet(e -> e.taxonomy() == taxonomy.get() ? e : new MentionExtractor(taxonomy.get()));
    }

    /** Promoting where no rebuild can run (the dashboard command: its topology runs elsewhere). */
    private static final PromoteController.Promoter NOT_HERE = new PromoteController.Promoter() {
        @Override
        public PromoteController.Status promote(TaxonomyOverlay.NewTerm term) {
            throw new IllegalStateException("this dashboard cannot rebuild (its topology runs elsewhere): run "
                    + "'skillpulse promote', then rebuild as docs/operations.md says");
        }

        @Override
        public PromoteController.Status status() {
            return PromoteController.Status.IDLE;
        }
    };

    /**
     * The projector's gauges read the one counting now ({@code projector}: a promotion's switch replaces it). Held
     * strongly: Micrometer keeps a gauge's object weakly, and nothing else holds this supplier (the gauges read NaN
     * once it was collected).
     */
    private void bindMeters(Database db, Supplier<CountProjector> projector) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        db.bindMetrics(registry);
        clientMetrics.add(new KafkaClientMetrics(sink.producer()));
        clientMetrics.add(new KafkaClientMetrics(details.consumer()));
        clientMetrics.forEach(m -> m.bindTo(registry));
        extraMeters.forEach(m -> m.bindTo(registry));
        Gauge.builder("skillpulse.projector.applied.records", projector, p -> p.get().appliedRecords())
                .description("count-change records the projector has committed to PostgreSQL since it started")
                .strongReference(true)
                .register(registry);
        // The same as /api/health's projector component, for alerts: its lag, dead letters, and a gauge per state
        // that is 1 for the state it is in.
        Gauge.builder("skillpulse.projector.lag.records", projector, p -> p.get().state().lag())
                .description("committed count changes not yet added to PostgreSQL")
                .strongReference(true)
                .register(registry);
        Gauge.builder("skillpulse.projector.dead.letters", projector, p -> p.get().state().deadLetters())
                .description("count changes sent to count-changes-dlq since the projector started")
                .strongReference(true)
                .register(registry);
        for (ProjectorState.Status status : ProjectorState.Status.values()) {
            Gauge.builder("skillpulse.projector.state", projector, p -> p.get().state().status() == status ? 1 : 0)
                    .tag("state", status.name())
                    .description("1 for the projector's current state (UP, CATCHING_UP, DOWN)")
                    .strongReference(true)
                    .register(registry);
        }
    }

    ApiPart[] parts() {
        return parts.toArray(ApiPart[]::new);
    }

    AppliedPosition detailsWritten() {
        return detailsWritten;
    }

    boolean isHealthy() {
        return details.isHealthy();
    }

    void start() {
        detailsThread.start();
    }

    /**
     * Stops the posting-detail projector (a promotion's switch: the new generation's database has its own), so that
     * it writes no more into a database nothing reads.
     */
    void stopDetails() throws InterruptedException {
        details.close();
        if (detailsThread.isAlive()) {
            detailsThread.join(30_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        details.close();
        if (detailsThread.isAlive()) {
            detailsThread.join(30_000);
        }
        clientMetrics.forEach(KafkaClientMetrics::close);
        for (MeterBinder m : extraMeters) {
            if (m instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Closing meters only stops their scheduled refresh; nothing is lost if it fails.
                }
            }
        }
        sink.close();
        registry.close();
    }
}

package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay.NewTerm;
import dev.skillpulse.dashboard.PromoteController;
import dev.skillpulse.dashboard.PromoteController.Status;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * POST /api/promote in a running dashboard: adds the term to the taxonomy overlay and starts a
 * {@link GenerationRebuild} with the layered taxonomy; one rebuild builds at a time.
 */
final class Promotions implements PromoteController.Promoter, AutoCloseable {
    /**
     * Where promotions write: the base taxonomy file (null: bundled), the overlay file, the state dir (layered
     * taxonomy files and the new topologies' state), the database the dashboard reads now, and the topology running
     * now, which a switch replaces (and stops).
     */
    record Settings(Path baseTaxonomy, Path overlay, Path stateDir, String jdbcUrl,
            AtomicReference<TopologyRunner> topology) {
    }

    private final String bootstrap;
    private final Settings settings;
    private final Consumer<GenerationRebuild> handover;
    private final Deque<GenerationRebuild> rebuilds = new ArrayDeque<>();

    Promotions(String bootstrap, Settings settings, Consumer<GenerationRebuild> handover) {
        this.bootstrap = bootstrap;
        this.settings = settings;
        this.handover = handover;
    }

    Settings settings() {
        return settings;
    }

    @Override
    public synchronized Status promote(NewTerm term) {
        GenerationRebuild last = rebuilds.peek();
        if (last != null && last.isBuilding()) {
            throw new IllegalStateException("a rebuild is building (generation " + last.generation() + "): wait "
                    + "until GET /api/promote says switched or failed");
        }
        if (last != null && last.status().state().equals("failed")) {
            // What a failed rebuild started is of no use: stopped and its database closed before the next.
            closeQuietly(rebuilds.pop());
        }
        Taxonomy layered = TaxonomyOverlay.add(settings.baseTaxonomy(), settings.overlay(), term);
        GenerationRebuild rebuild;
        try {
            Path file = TaxonomyOverlay.writeLayered(settings.baseTaxonomy(), settings.overlay(), settings.stateDir());
            rebuild = new GenerationRebuild(new GenerationRebuild.Place(bootstrap, settings.jdbcUrl(),
                    settings.stateDir()), layered, file, term.id(), handover).start();
        } catch (Exception e) {
            // Nothing counts the term: out of the overlay again, so that a retry is not refused as a duplicate.
            TaxonomyOverlay.remove(settings.overlay(), term.id());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the rebuild did not start (" + Failures.rootMessage(e) + "); '" + term.id()
                    + "' was taken out of " + settings.overlay() + " again: promote it again when that is fixed", e);
        }
        rebuilds.push(rebuild);
        return rebuild.status();
    }

    private static void closeQuietly(GenerationRebuild failed) {
        try {
            failed.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized Status status() {
        GenerationRebuild last = rebuilds.peek();
        return last == null ? Status.IDLE : last.status();
    }

    @Override
    public synchronized void close() throws InterruptedException {
        while (!rebuilds.isEmpty()) {
            rebuilds.pop().close();
        }
    }
}

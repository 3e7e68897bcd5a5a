package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --taxonomy FILE} and {@code --overlay FILE}, shared by every subcommand that extracts mentions. */
public final class TaxonomyOption {
    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "Taxonomy JSON file to use instead of the bundled one (format in the README).")
    Path file;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Taxonomy overlay: your own terms layered on the taxonomy (see promote), read when the "
                + "file exists.")
    Path overlay;

    /** Loads it now, so a broken file fails at start with its line and reason. */
    public Taxonomy load() {
        return TaxonomyOverlay.load(file, overlay);
    }

    /** The overlay given, else {@code fallback} (e.g. the one in a state dir). */
    Path overlayOr(Path fallback) {
        return overlay != null ? overlay : fallback;
    }
}

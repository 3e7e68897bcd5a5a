package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --taxonomy FILE}, shared by every subcommand that extracts mentions. */
public final class TaxonomyOption {
    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "Taxonomy JSON file to use instead of the bundled one (format in the README).")
    Path file;

    /** Loads it now, so a broken file fails at start with its line and reason. */
    public Taxonomy load() {
        return Taxonomy.loadOrBundled(file);
    }
}

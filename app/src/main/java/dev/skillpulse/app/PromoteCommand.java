package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.TaxonomyException;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay.NewTerm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Adds a candidate term to the user-owned taxonomy overlay. */
@Command(name = "promote", mixinStandardHelpOptions = true,
        header = "Add a candidate term to your taxonomy overlay, to be counted after a rebuild.",
        description = {"Adds KEY (a candidate's key, as \"Beyond the guide\" lists it) as a term of its own to a "
            + "taxonomy overlay: a JSON file of your terms layered on the guide's taxonomy (--taxonomy or the bundled "
            + "one), created when absent and replaced atomically. An id the guide's taxonomy has is refused.",
            "Counting it means recounting every posting: restart demo on the same --state-dir (it reads the overlay "
                + "there), or send the same term to POST /api/promote of a running demo, which rebuilds beside the "
                + "counts shown and switches over when complete (docs/emerging.md)."})
public final class PromoteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KEY",
            description = "The candidate's key, e.g. langchain or \"vector database\"; the term id is its words "
                + "joined by '-'.")
    String key;

    @Option(names = "--label", required = true, paramLabel = "TEXT", description = "What the dashboard shows, e.g. "
            + "LangChain.")
    String label;

    @Option(names = "--type", defaultValue = "tool", paramLabel = "TYPE",
            description = "The term's type, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Types.class)
    String type;

    @Option(names = "--category", defaultValue = "emerging", paramLabel = "NAME",
            description = "The term's category, kebab-case (default: ${DEFAULT-VALUE}).")
    String category;

    @Option(names = "--surface", paramLabel = "TEXT", description = "A way postings write it, case-insensitive "
            + "(repeatable; default: the label).")
    List<String> surfaces;

    @Option(names = "--state-dir", defaultValue = ".skillpulse/demo", description = "The demo's state dir, whose "
            + TaxonomyOverlay.FILE_NAME + " is the overlay unless --overlay names another (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Mixin
    TaxonomyOption taxonomy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path overlay = taxonomy.overlayOr(stateDir.resolve(TaxonomyOverlay.FILE_NAME));
        NewTerm term;
        try {
            term = new NewTerm(NewTerm.idOf(key), label, type, category, surfaces == null ? List.of(label) : surfaces);
        } catch (TaxonomyOverlay.BadField e) {
            String option = e.field().equals("key") ? "KEY" : "--" + e.field().replaceAll("s$", "");
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage().substring(
                    e.field().length() + 2));
        }
        Taxonomy layered;
        try {
            layered = TaxonomyOverlay.add(taxonomy.file, overlay, term);
        } catch (TaxonomyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().printf("promoted '%s' (%s, %s) into %s; taxonomy digest %s, generation %s: "
                + "restart demo on %s to recount every posting with it, or see docs/emerging.md%n", term.id(),
                term.label(), term.type(), overlay, layered.digest().substring(0, 12),
                GenerationRebuild.generationOf(taxonomy.file, overlay), stateDir);
        return 0;
    }

    /** The taxonomy's term types, for the help. */
    static final class Types implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Taxonomy.TYPES.stream().sorted().iterator();
        }
    }
}

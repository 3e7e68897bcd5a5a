package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.ingest.Formats;
import dev.skillpulse.ingest.InputFiles;
import dev.skillpulse.ingest.KafkaPostingSink;
import dev.skillpulse.ingest.LoadSummary;
import dev.skillpulse.ingest.Loader;
import dev.skillpulse.ingest.ReadResult;
import dev.skillpulse.ingest.ReaderOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads posting files and produces them to the postings topic, reporting every rejected record. */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load postings from files or folders into Kafka.",
        description = "Reads JSON Lines, CSV or JSON-LD postings and produces them to the postings topic keyed by id; "
                + "the summary names every rejected record by file:line and reason.")
public final class LoadCommand implements Callable<Integer> {
    static final int SOME_REJECTED = 2;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", defaultValue = Topics.POSTINGS, description = "Topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--format", description = "Force a format instead of guessing from the file extension.")
    String format;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "CSV: read posting field FIELD from column COLUMN (repeatable).")
    List<String> mappings;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions for the topics, when this load creates them (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of postings.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReaderOptions options = checkedOptions();
        KafkaSetup.createTopics(kafka.bootstrap, partitions);
        boolean terminal = System.console() != null;
        LoadSummary summary;
        try (KafkaPostingSink sink = new KafkaPostingSink(kafka.bootstrap, topic)) {
            Loader loader = new Loader(sink, options, terminal ? LoadCommand::showProgress : Loader.Progress.NONE);
            summary = loader.load(paths);
        }
        if (terminal) {
            System.err.println();
        }
        report(summary, System.out);
        return summary.clean() ? 0 : SOME_REJECTED;
    }

    /** The reader options, checked against every input file before Kafka is touched: a mistake is exit status 2. */
    private ReaderOptions checkedOptions() {
        try {
            ReaderOptions options = new ReaderOptions(format, ReaderOptions.parseMappings(mappings));
            for (Path file : InputFiles.expand(paths)) {
                Formats.readerFor(file, options);
            }
            return options;
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "no such file or folder: " + e.getFile(), e);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static void report(LoadSummary summary, PrintStream out) {
        out.printf("read %d, sent %d, rejected %d%n", summary.read(), summary.sent(), summary.rejectedTotal());
        if (summary.derivedIds() > 0) {
            out.printf("  %d records had no id of their own and got one derived from their url or content "
                    + "(docs/data.md)%n", summary.derivedIds());
        }
        for (ReadResult.Rejected r : summary.rejected()) {
            out.println("  rejected " + r.origin() + ": " + r.reason());
        }
        if (summary.rejectedTotal() > summary.rejected().size()) {
            out.printf("  … and %d more rejections not listed%n", summary.rejectedTotal() - summary.rejected().size());
        }
    }

    private static void showProgress(long bytesDone, long bytesTotal, long records, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        System.err.printf("\r%5.1f%% of %,d bytes, %,d records, %,.0f records/s   ",
                bytesTotal == 0 ? 100.0 : 100.0 * bytesDone / bytesTotal, bytesTotal, records, records / seconds);
    }
}

package dev.skillpulse.app;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import dev.skillpulse.streams.StreamsSettings;
import dev.skillpulse.streams.TopologyRunner;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the Kafka Streams topology until stopped. */
@Command(name = "topology", mixinStandardHelpOptions = true,
        header = "Run the Kafka Streams topology, which turns postings into count changes, until Ctrl-C.")
public final class TopologyCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    TaxonomyOption taxonomy;

    @Option(names = "--state-dir", defaultValue = ".skillpulse/streams", description = "Streams state (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions for topics it creates (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--generation", defaultValue = Topics.GENERATION, description = "Topology generation: names "
            + "the application id and the count-change topic; a new one recounts every posting (docs/operations.md; "
            + "default: ${DEFAULT-VALUE}).")
    String generation;

    @Override
    public Integer call() throws Exception {
        taxonomy.load(); // fail now, with file:line, rather than inside a stream thread
        KafkaSetup.createTopics(kafka.bootstrap, partitions, generation);
        // With an overlay the topology reads the layered taxonomy, written next to its state.
        Path file = taxonomy.overlay == null ? taxonomy.file
                : TaxonomyOverlay.writeLayered(taxonomy.file, taxonomy.overlay, stateDir);
        Properties config = StreamsSettings.of(kafka.bootstrap, stateDir, file, generation);
        try (StopSignal stop = new StopSignal(); TopologyRunner runner = new TopologyRunner(config)) {
            runner.start();
            System.out.println("topology running against " + kafka.bootstrap + "; Ctrl-C stops it");
            stop.await();
        }
        return 0;
    }
}

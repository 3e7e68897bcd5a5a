package dev.skillpulse.app;

import picocli.CommandLine.Option;

/** {@code --bootstrap HOST:PORT}, defaulting to SKILLPULSE_BOOTSTRAP or localhost:9092. */
public final class KafkaOptions {
    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            defaultValue = "${env:SKILLPULSE_BOOTSTRAP:-localhost:9092}",
            description = "Kafka bootstrap servers (default: $SKILLPULSE_BOOTSTRAP or ${DEFAULT-VALUE}).")
    String bootstrap;
}

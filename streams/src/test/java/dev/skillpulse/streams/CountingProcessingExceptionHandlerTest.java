package dev.skillpulse.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With SkillPulse's settings, a processor that throws skips the record either way, but only an exception that is
 * not bad input counts as a processor bug in the {@link TopologyErrors} the topology's config carries.
 */
class CountingProcessingExceptionHandlerTest {
    @TempDir
    Path stateDir;

    private final TopologyErrors errors = new TopologyErrors();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> in;
    private TestOutputTopic<String, String> out;

    @BeforeEach
    void start() {
        Properties config = StreamsSettings.of("unused:9092", stateDir);
        config.put(TopologyErrors.CONFIG, errors);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> switch (v) {
                    case "bad input" -> throw new BadPostingException("not a posting");
                    case "bug" -> throw new IllegalStateException("a bug in a processor");
                    default -> v;
                })
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        driver = new TopologyTestDriver(builder.build(), config);
        in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldCountABugButNotBadInput() {
        in.pipeInput("a", "bad input");
        in.pipeInput("b", "bug");
        in.pipeInput("c", "fine");

        assertThat(out.readValuesToList()).containsExactly("fine");
        assertThat(errors.processorBugs()).isEqualTo(1);
        assertThat(errors.lastProcessorBug()).contains("a bug in a processor");
    }
}

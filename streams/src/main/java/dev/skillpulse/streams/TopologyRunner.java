package dev.skillpulse.streams;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the topology: builds it from the config, starts it, reports its state, closes it. */
public final class TopologyRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopologyRunner.class);

    private final KafkaStreams streams;

    public TopologyRunner(Properties config) {
        this.streams = new KafkaStreams(SkillPulseTopology.buildTopology(config), config);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
    }

    public void start() {
        streams.start();
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING || streams.state() == KafkaStreams.State.REBALANCING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}

package dev.skillpulse.streams;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the topology: builds it from the config, starts it, reports its state and errors, closes it. */
public final class TopologyRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopologyRunner.class);

    private final KafkaStreams streams;
    private final TopologyErrors errors = new TopologyErrors();

    public TopologyRunner(Properties settings) {
        Properties config = new Properties();
        config.putAll(settings);
        config.put(TopologyErrors.CONFIG, errors);
        this.streams = new KafkaStreams(SkillPulseTopology.buildTopology(config), config);
        streams.setUncaughtExceptionHandler(e -> {
            if (errors.threadDied(e)) {
                LOG.error("Stream thread failed; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("Stream thread failed {} times within {}; stopping the topology (see health)",
                    TopologyErrors.MAX_REPLACEMENTS + 1, TopologyErrors.WINDOW, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    public void start() {
        streams.start();
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING || streams.state() == KafkaStreams.State.REBALANCING;
    }

    /**
     * For health: DOWN when the topology does not run (with the last stream thread's failure), DEGRADED when a
     * processor threw on records that were not bad input, else UP.
     */
    public String health() {
        if (!isRunning()) {
            return "DOWN";
        }
        return errors.processorBugs() > 0 ? "DEGRADED" : "UP";
    }

    public TopologyErrors errors() {
        return errors;
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

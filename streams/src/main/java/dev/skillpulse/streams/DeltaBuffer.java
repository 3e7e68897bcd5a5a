package dev.skillpulse.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds the deltas of each fact over a short interval before they cross the network: a posting touches dozens of
 * facts and busy facts (a popular term this month) are touched by most postings, so summing here cuts the
 * repartition traffic many times over. The pending sums live in a logged store, so a crash between flushes loses
 * nothing and counts nothing twice.
 */
final class DeltaBuffer implements Processor<String, Long, String, Long> {
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);

    private KeyValueStore<String, Long> pending;
    private ProcessorContext<String, Long> context;
    private Cancellable flusher;
    /** Timestamp of the oldest input behind the pending sums, carried to the output so freshness stays measurable. */
    private long oldestPending = Long.MAX_VALUE;

    @Override
    public void init(ProcessorContext<String, Long> context) {
        this.context = context;
        this.pending = context.getStateStore(Topics.PENDING_DELTAS_STORE);
        this.flusher = context.schedule(FLUSH_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::flush);
    }

    @Override
    public void process(Record<String, Long> record) {
        Long sum = pending.get(record.key());
        pending.put(record.key(), (sum == null ? 0L : sum) + record.value());
        oldestPending = Math.min(oldestPending, record.timestamp());
    }

    private void flush(long now) {
        List<KeyValue<String, Long>> sums = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = pending.all()) {
            all.forEachRemaining(sums::add);
        }
        long timestamp = oldestPending == Long.MAX_VALUE ? now : oldestPending;
        for (KeyValue<String, Long> sum : sums) {
            pending.delete(sum.key);
            if (sum.value != 0) {
                context.forward(new Record<>(sum.key, sum.value, timestamp));
            }
        }
        oldestPending = Long.MAX_VALUE;
    }

    @Override
    public void close() {
        flusher.cancel();
    }
}

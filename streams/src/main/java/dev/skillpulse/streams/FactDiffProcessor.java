package dev.skillpulse.streams;

import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingJson;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each version of a posting into count deltas: remembers the facts a posting id contributed and emits
 * {@code fact → +1/-1} only for what changed. A resend emits nothing; a tombstone or deletion retracts all.
 * A record that cannot be parsed throws {@link BadPostingException}, which the processing exception handler
 * routes to the dead-letter topic.
 */
final class FactDiffProcessor implements Processor<String, String, String, Long> {
    static final int MAX_DESCRIPTION_CHARS = 1 << 20;

    private final PostingFacts postingFacts;
    private final PostingJson json = new PostingJson();
    private KeyValueStore<String, String> lastFacts;
    private ProcessorContext<String, Long> context;

    FactDiffProcessor(PostingFacts postingFacts) {
        this.postingFacts = postingFacts;
    }

    @Override
    public void init(ProcessorContext<String, Long> context) {
        this.context = context;
        this.lastFacts = context.getStateStore(Topics.POSTING_FACTS_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.key() == null) {
            throw new BadPostingException("record has no key (the posting id)");
        }
        Set<String> after = record.value() == null ? Set.of() : postingFacts.of(parse(record));
        String stored = lastFacts.get(record.key());
        Set<String> before = stored == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(stored.split("\n")));
        Map<String, Long> deltas = PostingFacts.diff(before, after);
        if (deltas.isEmpty()) {
            return;
        }
        if (after.isEmpty()) {
            lastFacts.delete(record.key());
        } else {
            lastFacts.put(record.key(), String.join("\n", after));
        }
        deltas.forEach((fact, delta) -> context.forward(record.withKey(fact).withValue(delta)));
    }

    private Posting parse(Record<String, String> record) {
        Posting posting;
        try {
            posting = json.parse(record.value());
        } catch (InvalidPostingException e) {
            throw new BadPostingException(e.getMessage());
        }
        if (!posting.id().equals(record.key())) {
            throw new BadPostingException("key '" + record.key() + "' differs from field 'id' '" + posting.id() + "'");
        }
        if (posting.description() != null && posting.description().length() > MAX_DESCRIPTION_CHARS) {
            throw new BadPostingException("field 'description' is over 1 MB");
        }
        return posting;
    }
}

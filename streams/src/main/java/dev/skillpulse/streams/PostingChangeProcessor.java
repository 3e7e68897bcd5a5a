package dev.skillpulse.streams;

import dev.skillpulse.contract.Member;
import dev.skillpulse.core.InvalidPostingException;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.PostingFingerprint;
import dev.skillpulse.core.PostingJson;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First step, keyed by posting id: turns each version of a posting into changes of job-group membership, keyed
 * by the job's fingerprint. A resend changes nothing and emits nothing (an exact one is recognized by its
 * {@link SourceDigest} before it is parsed); an edit updates the member (or moves it to another group when the
 * job's text changed); a tombstone or deletion removes it. A record that cannot be used throws
 * {@link BadPostingException}, which the processing exception handler sends to the dead-letter topic.
 */
final class PostingChangeProcessor implements Processor<String, String, String, MemberChange> {
    static final int MAX_DESCRIPTION_CHARS = 1 << 20;

    private final Function<Posting, Member> analysis;
    private final SourceDigest sources;
    private final PostingJson json = new PostingJson();
    private KeyValueStore<String, PostingState> states;
    private ProcessorContext<String, MemberChange> context;

    /** {@code analysis} makes a posting's member (extraction included, the costly part); see {@link PostingFacts}. */
    PostingChangeProcessor(Function<Posting, Member> analysis, SourceDigest sources) {
        this.analysis = analysis;
        this.sources = sources;
    }

    @Override
    public void init(ProcessorContext<String, MemberChange> context) {
        this.context = context;
        this.states = context.getStateStore(StoreNames.POSTING_STATE_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        String id = record.key();
        if (id == null) {
            throw new BadPostingException("record has no key (the posting id)");
        }
        PostingState before = states.get(id);
        String source = record.value() == null ? null : sources.of(record.value());
        if (source != null && before != null && source.equals(before.source())) {
            return; // the very record that made the state, read with the same taxonomy: a resend, nothing to redo
        }
        Posting posting = record.value() == null ? Posting.deletion(id) : parse(record);
        if (posting.deleted()) {
            if (before != null) {
                states.delete(id);
                context.forward(record.withKey(before.fingerprint()).withValue(new MemberChange(id, null)));
            }
            return;
        }
        PostingState after = new PostingState(PostingFingerprint.of(posting), analysis.apply(posting), source);
        states.put(id, after);
        if (after.sameContribution(before)) {
            return; // the same posting written differently: remembered under its new source, nothing to count
        }
        if (before != null && !before.fingerprint().equals(after.fingerprint())) {
            context.forward(record.withKey(before.fingerprint()).withValue(new MemberChange(id, null)));
        }
        context.forward(record.withKey(after.fingerprint()).withValue(new MemberChange(id, after.member())));
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

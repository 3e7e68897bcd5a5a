package dev.skillpulse.streams;

import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.Member;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Second step, keyed by job fingerprint: applies a membership change to the job group and emits, keyed by posting
 * id, the contribution of every id whose place in the counts changed (usually just the id that changed; a repost
 * promoted to counted when the original leaves, or demoted when an earlier copy arrives).
 */
final class JobGroupProcessor implements Processor<String, MemberChange, String, CountChange> {
    private KeyValueStore<String, JobMembers> groups;
    private ProcessorContext<String, CountChange> context;

    @Override
    public void init(ProcessorContext<String, CountChange> context) {
        this.context = context;
        this.groups = context.getStateStore(StoreNames.JOB_GROUPS_STORE);
    }

    @Override
    public void process(Record<String, MemberChange> record) {
        JobMembers stored = groups.get(record.key());
        List<Member> before = stored == null ? List.of() : stored.members();
        List<Member> after = new ArrayList<>(before);
        after.removeIf(m -> m.id().equals(record.value().id()));
        if (record.value().member() != null) {
            after.add(record.value().member());
        }
        if (after.isEmpty()) {
            groups.delete(record.key());
        } else {
            groups.put(record.key(), new JobMembers(after));
        }
        JobGroup.changes(JobGroup.contributions(before), JobGroup.contributions(after))
                .forEach((id, change) -> context.forward(record.withKey(id).withValue(change)));
    }
}

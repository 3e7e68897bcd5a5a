package dev.skillpulse.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Second step, keyed by job fingerprint: applies a membership change to the job group and emits what changed in
 * how the group is counted — count deltas keyed by fact, and counted-posting term updates keyed by posting id.
 */
final class JobGroupProcessor implements Processor<String, MemberChange, String, GroupOutput> {
    private KeyValueStore<String, JobMembers> groups;
    private ProcessorContext<String, GroupOutput> context;

    @Override
    public void init(ProcessorContext<String, GroupOutput> context) {
        this.context = context;
        this.groups = context.getStateStore(Topics.JOB_GROUPS_STORE);
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
        Map<String, Long> deltas = JobGroup.diff(JobGroup.countedFacts(before), JobGroup.countedFacts(after));
        deltas.forEach((fact, amount) -> context.forward(record.withKey(fact).withValue(new GroupOutput.Delta(amount))));
        JobGroup.changedPostings(JobGroup.countedPostings(before), JobGroup.countedPostings(after)).forEach((id, terms) ->
                context.forward(record.withKey(id).withValue(new GroupOutput.TermsUpdate(terms))));
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What one posting contributes to the counts, and how a new version changes that. Plain Java, no Kafka. */
public final class PostingFacts {
    private final MentionExtractor extractor;

    public PostingFacts(MentionExtractor extractor) {
        this.extractor = extractor;
    }

    /** The encoded facts of a live posting: its week, and each term it mentions in that week (once per term). */
    public Set<String> of(Posting posting) {
        Set<String> facts = new LinkedHashSet<>();
        if (posting.deleted()) {
            return facts;
        }
        facts.add(Fact.postingsInWeek(posting.postedAt()).encode());
        for (String term : extractor.termIds(posting.text())) {
            facts.add(Fact.termInWeek(term, posting.postedAt()).encode());
        }
        return facts;
    }

    /** +1 for each fact that is new, -1 for each that is gone; facts in both are unchanged and absent. */
    public static Map<String, Long> diff(Set<String> before, Set<String> after) {
        Map<String, Long> deltas = new HashMap<>();
        after.stream().filter(f -> !before.contains(f)).forEach(f -> deltas.put(f, 1L));
        before.stream().filter(f -> !after.contains(f)).forEach(f -> deltas.put(f, -1L));
        return deltas;
    }
}

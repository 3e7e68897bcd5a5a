package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.Map;

/** One month of counted postings: how many there were, and how many of them each group counted. */
public record GroupMonth(LocalDate month, long postings, Map<String, Long> groups) {
    public GroupMonth {
        groups = Map.copyOf(groups);
    }

    public long of(String group) {
        return groups.getOrDefault(group, 0L);
    }
}

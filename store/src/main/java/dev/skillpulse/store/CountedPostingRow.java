package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.List;

/** A counted posting: its month, how many ids published its job (itself included), and its terms. */
public record CountedPostingRow(String id, LocalDate month, int copies, List<String> terms) {
    public CountedPostingRow {
        terms = List.copyOf(terms);
    }
}

package dev.skillpulse.streams;

import java.time.LocalDate;
import java.util.List;

/** The terms of one counted posting and its month: projected to PostgreSQL for co-occurrence queries. */
public record PostingTerms(LocalDate month, List<String> terms) {
    public PostingTerms {
        terms = List.copyOf(terms);
    }
}

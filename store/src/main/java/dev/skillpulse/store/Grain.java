package dev.skillpulse.store;

import dev.skillpulse.contract.Fact;
import java.time.LocalDate;

/** The calendar bucket of a trend: which metrics hold it and how a date maps to its bucket. */
public enum Grain {
    WEEK(Fact.POSTINGS_WEEK, Fact.TERM_WEEK),
    MONTH(Fact.POSTINGS_MONTH, Fact.TERM_MONTH);

    final String postingsMetric;
    final String termMetric;

    Grain(String postingsMetric, String termMetric) {
        this.postingsMetric = postingsMetric;
        this.termMetric = termMetric;
    }

    LocalDate bucketOf(LocalDate date) {
        return this == WEEK ? Fact.weekOf(date) : Fact.monthOf(date);
    }
}

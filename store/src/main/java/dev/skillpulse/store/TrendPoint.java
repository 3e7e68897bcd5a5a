package dev.skillpulse.store;

import java.time.LocalDate;

/** One bucket (ISO week or month) of a term's trend: postings mentioning it, all postings, and the share. */
public record TrendPoint(LocalDate period, long postings, long totalPostings, double share) {
}

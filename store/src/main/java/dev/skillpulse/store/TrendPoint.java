package dev.skillpulse.store;

import java.time.LocalDate;

/** One ISO week of a term's trend: postings mentioning it, all postings that week, and the share. */
public record TrendPoint(LocalDate weekStart, long postings, long totalPostings, double share) {
}

package dev.skillpulse.store;

/** Postings with one value (of a breakdown, or one term) and that as a share of the postings asked about. */
public record ValueCount(String value, long postings, double share) {
}

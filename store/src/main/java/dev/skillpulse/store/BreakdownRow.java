package dev.skillpulse.store;

/**
 * One value of a breakdown (a country, a seniority…): its postings, and a share — of all postings, or, when the
 * breakdown is for one term, of this value's postings that mention the term.
 */
public record BreakdownRow(String value, long postings, long termPostings, double share) {
}

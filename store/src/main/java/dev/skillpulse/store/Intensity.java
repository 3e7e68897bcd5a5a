package dev.skillpulse.store;

/** Posting ids seen (reposts included) against distinct jobs counted: the repost rate of a period. */
public record Intensity(long rawPostings, long postings, double copiesPerPosting) {
}

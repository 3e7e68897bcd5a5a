package dev.skillpulse.store;

/** How many counted postings were published {@code copies} times (1: never reposted). */
public record CopiesRow(int copies, long postings) {
}

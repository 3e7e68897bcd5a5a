package dev.skillpulse.store;

/**
 * A term that postings mentioning another term also mention: how many do ({@code postings}), which share of the
 * other term's postings that is, and the lift (that share over the term's share of all postings: above 1 means
 * the two go together more than chance).
 */
public record RelatedSkill(String id, String label, String category, long postings, double share, double lift) {
}

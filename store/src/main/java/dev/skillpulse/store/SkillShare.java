package dev.skillpulse.store;

/** A term's demand over a period: postings mentioning it, and that as a share of all postings in the period. */
public record SkillShare(String id, String label, String type, String category, long postings, double share) {
}

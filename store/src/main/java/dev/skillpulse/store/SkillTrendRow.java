package dev.skillpulse.store;

import java.time.LocalDate;

/** One skill in one bucket: the row of a trend export. */
public record SkillTrendRow(LocalDate period, String id, String label, String category, long postings,
                            long totalPostings, double share) {
}

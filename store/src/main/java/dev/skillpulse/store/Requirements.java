package dev.skillpulse.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What postings ask of candidates over a period: education required and preferred, years of experience, the guide's
 * certifications and specializations, per month too, and the guide's FAQ answered from those numbers.
 */
public record Requirements(Education education, List<ValueCount> experience, List<TermCount> certifications,
        List<TermCount> specializations, List<Month> trend, List<Answer> faq) {

    public record Education(List<ValueCount> required, List<ValueCount> preferred) {
    }

    /** Postings mentioning one term and that as a share of the period's postings. */
    public record TermCount(String id, String label, long postings, double share) {
    }

    /** One month: its postings and the share of them per education required, experience band and term. */
    public record Month(LocalDate period, long postings, Map<String, Double> educationRequired,
            Map<String, Double> experience, Map<String, Double> terms) {
    }

    /** A question of the guide's FAQ, answered from the data, with the guide's own answer beside it. */
    public record Answer(String question, String guide, String answer, String method) {
    }
}

package dev.skillpulse.store;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.store.Requirements.Answer;
import dev.skillpulse.store.Requirements.TermCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Requirements over a period from the counted postings: education and experience are breakdowns of every posting
 * (from the extractor's requirement rules), certifications and specializations the terms of the taxonomy groups
 * {@code guide-certifications} and {@code guide-specializations}.
 */
public final class RequirementQueries {
    public static final String CERTIFICATIONS = "guide-certifications";
    public static final String SPECIALIZATIONS = "guide-specializations";
    private static final Set<String> ADVANCED = Set.of("masters", "phd");
    private static final Set<String> ENTRY = Set.of("0-1", "2-4");

    private final ShareQueries shares;
    private final Taxonomy taxonomy;

    public RequirementQueries(ShareQueries shares, Taxonomy taxonomy) {
        this.shares = shares;
        this.taxonomy = taxonomy;
    }

    public Requirements requirements(Period period, PostingSlice slice) {
        long total = shares.postings(period, slice);
        List<ValueCount> required = shares.byDimension(Dimensions.EDUCATION_REQUIRED, period, slice);
        List<ValueCount> preferred = shares.byDimension(Dimensions.EDUCATION_PREFERRED, period, slice);
        List<ValueCount> experience = shares.byDimension(Dimensions.EXPERIENCE, period, slice);
        List<String> certs = taxonomy.group(CERTIFICATIONS);
        List<String> specs = taxonomy.group(SPECIALIZATIONS);
        List<TermGroup> groups = new ArrayList<>();
        certs.forEach(id -> groups.add(TermGroup.any(id, List.of(id))));
        specs.forEach(id -> groups.add(TermGroup.any(id, List.of(id))));
        List<GroupMonth> months = groups.isEmpty() ? List.of() : shares.groupsByMonth(period, slice, groups);
        Map<LocalDate, Map<String, Long>> educationByMonth =
                shares.byDimensionPerMonth(Dimensions.EDUCATION_REQUIRED, period, slice);
        Map<LocalDate, Map<String, Long>> experienceByMonth =
                shares.byDimensionPerMonth(Dimensions.EXPERIENCE, period, slice);
        List<Requirements.Month> trend = months.stream().map(m -> new Requirements.Month(m.month(), m.postings(),
                shares(educationByMonth.getOrDefault(m.month(), Map.of()), m.postings()),
                shares(experienceByMonth.getOrDefault(m.month(), Map.of()), m.postings()),
                shares(m.groups(), m.postings()))).toList();
        return new Requirements(new Requirements.Education(required, preferred), experience,
                termCounts(certs, months, total), termCounts(specs, months, total), trend,
                List.of(masters(required, total), howLong(experience)));
    }

    private Answer masters(List<ValueCount> required, long total) {
        long advanced = sum(required, ADVANCED);
        long bachelors = sum(required, Set.of("bachelors"));
        long stated = total - sum(required, Set.of(Dimensions.UNKNOWN));
        String answer = stated == 0 ? "No posting in the period states a required degree."
                : String.format(Locale.ROOT, "%s: %.1f%% of the postings that state a required degree require a "
                        + "master's or PhD, %.1f%% a bachelor's (%d of %d postings state one).",
                        advanced * 2 < stated ? "No" : "Often", 100.0 * advanced / stated, 100.0 * bachelors / stated,
                        stated, total);
        return new Answer("Do I need a master's degree to get an ML Engineer job?",
                "No; a master's or PhD helps for research-heavy roles, but many industry ML Engineer positions accept "
                        + "strong bachelor's degrees plus demonstrable skills, projects, and relevant experience.",
                answer, "Education required (the highest degree a posting requires, from the extractor's rules); "
                        + "\"No\" when fewer than half of the postings that state one require a master's or PhD.");
    }

    private Answer howLong(List<ValueCount> experience) {
        long stated = experience.stream().filter(v -> !Dimensions.UNKNOWN.equals(v.value()))
                .mapToLong(ValueCount::postings).sum();
        long entry = sum(experience, ENTRY);
        long junior = sum(experience, Set.of("0-1"));
        String answer = stated == 0 ? "No posting in the period states the years of experience it asks for."
                : String.format(Locale.ROOT, "%.1f%% of the postings that state experience ask for at most 4 years "
                        + "(%.1f%% for at most 1 year); %d postings state it.", 100.0 * entry / stated,
                        100.0 * junior / stated, stated);
        return new Answer("How long does it take to become a Machine Learning Engineer?",
                "Typical timelines range from 1-4 years: with a related degree plus targeted upskilling and projects "
                        + "you can enter junior roles in 1-2 years; transitioning from another technical role often "
                        + "takes 6-24 months.", answer,
                "Minimum years of experience asked, in bands 0-1, 2-4, 5-7, 8+ (postings that state none left out).");
    }

    private List<TermCount> termCounts(List<String> ids, List<GroupMonth> months, long total) {
        return ids.stream().map(id -> {
            long postings = months.stream().mapToLong(m -> m.of(id)).sum();
            return new TermCount(id, taxonomy.term(id).map(Term::label).orElse(id), postings,
                    ShareQueries.share(postings, total));
        }).toList();
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, ShareQueries.share(v, total)));
        return out;
    }

    private static long sum(List<ValueCount> values, Set<String> which) {
        return values.stream().filter(v -> which.contains(v.value())).mapToLong(ValueCount::postings).sum();
    }
}

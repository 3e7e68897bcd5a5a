package dev.skillpulse.contract;

import java.util.List;

/** The breakdowns SkillPulse counts monthly, and how a posting's value in each is written. */
public final class Dimensions {
    public static final String COUNTRY = "country";
    /** Written {@code country/region}, so regions of different countries never merge. */
    public static final String REGION = "region";
    public static final String SENIORITY = "seniority";
    public static final String EDUCATION_REQUIRED = "education-required";
    public static final String EDUCATION_PREFERRED = "education-preferred";
    public static final String EXPERIENCE = "experience";
    /** The employer's industry as the source gives it (schema.org JobPosting {@code industry}). */
    public static final String INDUSTRY = "industry";
    public static final String UNKNOWN = "unknown";

    /** Every breakdown of postings that {@link PostingFacts} counts. */
    public static final List<String> ALL = List.of(COUNTRY, REGION, SENIORITY, EDUCATION_REQUIRED,
            EDUCATION_PREFERRED, EXPERIENCE, INDUSTRY);

    private Dimensions() {
    }

    /** Minimum years asked, in bands: 0-1, 2-4, 5-7, 8+, or unknown. */
    public static String experienceBand(Integer minYears) {
        if (minYears == null) {
            return UNKNOWN;
        }
        return minYears <= 1 ? "0-1" : minYears <= 4 ? "2-4" : minYears <= 7 ? "5-7" : "8+";
    }

    /** A breakdown value as written in fact keys: stripped, or "unknown" when missing. */
    public static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.strip();
    }
}

package dev.skillpulse.contract;


/**
 * The breakdown values of one posting, as written in fact keys ({@link Dimensions}): stored instead of the facts
 * themselves, which are derived from it, so state, changelogs and repartition records stay small.
 */
public record Profile(String country, String region, String seniority, String educationRequired,
        String educationPreferred, String experience, String industry) {
    /** Records written before postings had an industry have none: "unknown", like any missing value. */
    public Profile {
        industry = Dimensions.orUnknown(industry);
    }

    /** A profile without an industry. */
    public Profile(String country, String region, String seniority, String educationRequired,
            String educationPreferred, String experience) {
        this(country, region, seniority, educationRequired, educationPreferred, experience, null);
    }
}

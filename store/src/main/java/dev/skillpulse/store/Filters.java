package dev.skillpulse.store;

/**
 * Which postings to count: those of a country, a region (written {@code country/region}) and a seniority level,
 * any combined; null means any. Answered from the term cube, which is kept per month: filtered figures count
 * whole months.
 */
public record Filters(String country, String region, String seniority) {
    public static final Filters NONE = new Filters(null, null, null);

    public boolean isEmpty() {
        return country == null && region == null && seniority == null;
    }
}

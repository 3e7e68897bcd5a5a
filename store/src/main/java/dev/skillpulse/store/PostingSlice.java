package dev.skillpulse.store;

/**
 * Which counted postings a reading covers beyond its period: a country, a region ({@code country/region}), a
 * seniority and an industry, each null for all. Values are compared as written in the breakdowns ({@code unknown} included).
 */
public record PostingSlice(String country, String region, String seniority, String industry) {
    public static final PostingSlice ALL = new PostingSlice(null, null, null, null);
}

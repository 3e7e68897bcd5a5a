package dev.skillpulse.contract;


/**
 * The breakdown values of one posting, as written in fact keys ({@link Dimensions}): stored instead of the facts
 * themselves, which are derived from it, so state, changelogs and repartition records stay small.
 */
public record Profile(String country, String region, String seniority, String educationRequired,
        String educationPreferred, String experience) {
}

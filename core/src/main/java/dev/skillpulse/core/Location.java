package dev.skillpulse.core;

/** Where a job is. Every part is optional; country is an ISO 3166 code or a name as the source gave it. */
public record Location(String city, String region, String country) {
    public static final Location UNKNOWN = new Location(null, null, null);
}

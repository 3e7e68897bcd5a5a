package dev.skillpulse.ingest.generate;

import dev.skillpulse.core.Location;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.Salary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated posting is made of before it is written out: who, where, when, and which term surfaces go into
 * its requirements. {@code layoutSeed} fixes the wording, so an edit that changes only the terms keeps the rest.
 * {@code emerging}: surfaces of terms beyond the guide ({@link Vocabulary#EMERGING}), kept by edits and reposts.
 */
record Draft(String id, Vocabulary.Role role, String title, String company, Vocabulary.Place place, LocalDate postedAt,
        Map<String, String> surfaces, long layoutSeed, int years, String everyday, Salary salary, Boolean remote,
        String employmentType, String source, List<String> emerging) {

    Draft withTerms(Map<String, String> newSurfaces) {
        return new Draft(id, role, title, company, place, postedAt, newSurfaces, layoutSeed, years, everyday, salary,
                remote, employmentType, source, emerging);
    }

    Draft repost(String newId, LocalDate newDate, String newSource) {
        return new Draft(newId, role, title, company, place, newDate, new LinkedHashMap<>(surfaces), layoutSeed, years,
                everyday, salary, remote, employmentType, newSource, emerging);
    }

    Posting toPosting(String description) {
        return new Posting(id, title, company, new Location(place.city(), place.region(), place.country()), postedAt,
                description, "https://jobs.example.com/" + source + "/" + id, source, employmentType, remote,
                postedAt.plusDays(45), salary, Vocabulary.industryOf(company), false);
    }
}

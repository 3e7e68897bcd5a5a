package dev.skillpulse.dashboard;

import dev.skillpulse.contract.Contribution;
import dev.skillpulse.contract.CountChange;
import dev.skillpulse.contract.CountDeltas;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Member.CandidateTerm;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.store.FactTally;
import dev.skillpulse.store.TermGroups;
import dev.skillpulse.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Known postings for page tests, written as the projector would write them (each posting's facts as the topology
 * derives them, and its counted_posting row), so the figures a page draws can be compared with the API's answers. Seeded: always the same.
 */
final class DemoPostings {
    static final LocalDate FIRST_WEEK = LocalDate.of(2024, 1, 1);
    static final int WEEKS = 130;
    private static final String[] COUNTRIES = {"US", "DE", "GB", "IN"};
    private static final String[] SENIORITY = {"junior", "mid", "senior", "lead"};
    private static final String[] EDUCATION = {"bachelors", "masters", "phd", "unknown"};
    private static final String[] INDUSTRIES = {"Software", "Finance", "Healthcare", "Retail", "Manufacturing"};
    private static final String[] EXPERIENCE = {"0-1", "2-4", "5-7", "8+", "unknown"};

    private DemoPostings() {
    }

    /**
     * About 12–20 postings a week; MLOps and PyTorch grow over time, SQL stays flat. Beyond the guide, LangChain
     * appears in the second year and rises, Snowflake stays flat; drawn from a generator of their own, so the guide's
     * terms are the same as without them.
     */
    static CountDeltas generate() {
        Random random = new Random(13);
        Random beyond = new Random(29);
        FactTally tally = new FactTally(TermGroups.of(Taxonomy.bundled()));
        for (int w = 0; w < WEEKS; w++) {
            LocalDate week = FIRST_WEEK.plusWeeks(w);
            double progress = w / (double) WEEKS;
            int postings = 12 + random.nextInt(9);
            for (int p = 0; p < postings; p++) {
                List<String> terms = new ArrayList<>();
                terms.add("python");
                maybe(random, 0.4, "sql", terms);
                maybe(random, 0.2 + 0.5 * progress, "pytorch", terms);
                maybe(random, 0.3 - 0.15 * progress, "tensorflow", terms);
                maybe(random, 0.1 + 0.4 * progress, "mlops", terms);
                maybe(random, 0.1 + 0.3 * progress, "docker", terms);
                maybe(random, 0.35, "aws", terms);
                maybe(random, 0.15, "gcp", terms);
                maybe(random, 0.15, "azure", terms);
                maybe(random, 0.05, "cert-aws-ml", terms);
                maybe(random, 0.03, "cert-gcp-ml", terms);
                maybe(random, 0.2, "nlp", terms);
                maybe(random, 0.15, "computer-vision", terms);
                String country = pick(random, COUNTRIES);
                Profile profile = new Profile(country, country + "/Capital", pick(random, SENIORITY),
                        pick(random, EDUCATION), "unknown", pick(random, EXPERIENCE), pick(random, INDUSTRIES));
                List<CandidateTerm> candidates = new ArrayList<>();
                if (w >= WEEKS / 3 && beyond.nextDouble() < 0.6 * (w - WEEKS / 3.0) / WEEKS) {
                    candidates.add(new CandidateTerm("langchain", "LangChain"));
                }
                if (beyond.nextDouble() < 0.15) {
                    candidates.add(new CandidateTerm("snowflake", "Snowflake"));
                }
                add(tally, "demo-" + w + "-" + p, week, terms, candidates, profile);
            }
        }
        return tally.deltas();
    }

    static LocalDate lastWeek() {
        return FIRST_WEEK.plusWeeks(WEEKS - 1);
    }

    /** The facts and row of one more posting, e.g. one loaded while a page is open. */
    static CountDeltas one(String id, LocalDate week, List<String> terms) {
        FactTally tally = new FactTally(TermGroups.of(Taxonomy.bundled()));
        add(tally, id, week, terms, List.of(),
                new Profile("US", "US/Capital", "mid", "bachelors", "unknown", "2-4", "Software"));
        return tally.deltas();
    }

    /** One counted posting, folded as the projector folds it, so that every summary the queries read is written. */
    private static void add(FactTally tally, String id, LocalDate week, List<String> terms,
            List<CandidateTerm> candidates, Profile profile) {
        tally.add(id, new CountChange(null, new Contribution(
                new Member(id, week, profile, terms, candidates, List.of()), true, 1)));
    }

    private static void maybe(Random random, double chance, String term, List<String> terms) {
        if (random.nextDouble() < chance) {
            terms.add(term);
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

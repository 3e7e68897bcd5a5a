package dev.skillpulse.streams;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.PostingAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What one posting would be counted under: its buckets, its terms and its breakdowns. Plain Java, no Kafka. */
public final class PostingFacts {
    private final MentionExtractor extractor;

    public PostingFacts(MentionExtractor extractor) {
        this.extractor = extractor;
    }

    public Member member(Posting posting) {
        PostingAnalysis analysis = extractor.analyze(posting.title(), posting.description());
        String country = Dimensions.orUnknown(posting.location().country());
        Profile profile = new Profile(country,
                country + "/" + Dimensions.orUnknown(posting.location().region()),
                Dimensions.orUnknown(analysis.seniority()),
                Dimensions.orUnknown(analysis.educationRequired()),
                Dimensions.orUnknown(analysis.educationPreferred()),
                Dimensions.experienceBand(analysis.minYears()));
        return new Member(posting.id(), posting.postedAt(), profile, List.copyOf(analysis.termIds()));
    }

    /**
     * The facts of a posting on {@code day} with these breakdown values and terms. A term's share per breakdown
     * value is not a fact: it is counted from the counted postings, which carry their terms and breakdown values.
     */
    static List<Fact> facts(LocalDate day, Profile profile, List<String> terms) {
        List<Fact> facts = new ArrayList<>(8 + 2 * terms.size());
        facts.add(Fact.postingsInWeek(day));
        facts.add(Fact.postingsInMonth(day));
        facts.add(Fact.postingsBy(Dimensions.COUNTRY, profile.country(), day));
        facts.add(Fact.postingsBy(Dimensions.REGION, profile.region(), day));
        facts.add(Fact.postingsBy(Dimensions.SENIORITY, profile.seniority(), day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_REQUIRED, profile.educationRequired(), day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_PREFERRED, profile.educationPreferred(), day));
        facts.add(Fact.postingsBy(Dimensions.EXPERIENCE, profile.experience(), day));
        for (String term : terms) {
            facts.add(Fact.termInWeek(term, day));
            facts.add(Fact.termInMonth(term, day));
        }
        return facts;
    }
}

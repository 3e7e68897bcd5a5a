package dev.skillpulse.streams;

import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.PostingAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What one posting would be counted under: its buckets, its terms and its breakdowns. Plain Java, no Kafka. */
public final class PostingFacts {
    private final MentionExtractor extractor;

    public PostingFacts(MentionExtractor extractor) {
        this.extractor = extractor;
    }

    public Member member(Posting posting) {
        PostingAnalysis analysis = extractor.analyze(posting.title(), posting.description());
        Set<String> terms = analysis.termIds();
        LocalDate day = posting.postedAt();
        String country = Dimensions.orUnknown(posting.location().country());
        String region = country + "/" + Dimensions.orUnknown(posting.location().region());
        String seniority = Dimensions.orUnknown(analysis.seniority());

        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.postingsInWeek(day));
        facts.add(Fact.postingsInMonth(day));
        facts.add(Fact.postingsBy(Dimensions.COUNTRY, country, day));
        facts.add(Fact.postingsBy(Dimensions.REGION, region, day));
        facts.add(Fact.postingsBy(Dimensions.SENIORITY, seniority, day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_REQUIRED, Dimensions.orUnknown(analysis.educationRequired()), day));
        facts.add(Fact.postingsBy(Dimensions.EDUCATION_PREFERRED, Dimensions.orUnknown(analysis.educationPreferred()), day));
        facts.add(Fact.postingsBy(Dimensions.EXPERIENCE, Dimensions.experienceBand(analysis.minYears()), day));
        for (String term : terms) {
            facts.add(Fact.termInWeek(term, day));
            facts.add(Fact.termInMonth(term, day));
            facts.add(Fact.termBy(Dimensions.COUNTRY, term, country, day));
            facts.add(Fact.termBy(Dimensions.REGION, term, region, day));
            facts.add(Fact.termBy(Dimensions.SENIORITY, term, seniority, day));
        }
        return new Member(posting.id(), day, facts.stream().map(Fact::encode).toList(), List.copyOf(terms));
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.PostingAnalysis;
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
                Dimensions.experienceBand(analysis.minYears()),
                Dimensions.orUnknown(posting.industry()));
        return new Member(posting.id(), posting.postedAt(), profile, List.copyOf(analysis.termIds()));
    }

}

package dev.skillpulse.streams;

import dev.skillpulse.contract.Dimensions;
import dev.skillpulse.contract.Member;
import dev.skillpulse.contract.Profile;
import dev.skillpulse.contract.Member.AliasPair;
import dev.skillpulse.contract.Member.CandidateTerm;
import dev.skillpulse.core.Posting;
import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.PostingAnalysis;
import java.util.List;

/**
 * What one posting would be counted under: its buckets, its terms, its breakdowns and the terms beyond the taxonomy
 * it asks for. Plain Java, no Kafka.
 */
public final class PostingFacts {
    private final MentionExtractor extractor;
    private final CandidateExtractor candidates;

    public PostingFacts(MentionExtractor extractor, CandidateExtractor candidates) {
        this.extractor = extractor;
        this.candidates = candidates;
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
        CandidateExtractor.Found beyond = candidates.find(posting.title(), posting.description(), posting.company());
        return new Member(posting.id(), posting.postedAt(), profile, List.copyOf(analysis.termIds()),
                beyond.candidates().stream().map(c -> new CandidateTerm(c.key(), c.label())).toList(),
                beyond.aliases().stream().map(a -> new AliasPair(a.acronym(), a.expansion())).toList());
    }

}

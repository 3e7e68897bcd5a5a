package dev.skillpulse.core.bench;

import dev.skillpulse.core.emerging.CandidateExtractor;
import dev.skillpulse.core.emerging.CandidateExtractor.Found;
import dev.skillpulse.core.taxonomy.Taxonomy;

/**
 * The candidate extractor as it was on {@code main} at {@code 7ec5fad}, before the speed-ups of branch
 * {@code cand-speed}: its classes are copied unchanged into {@code dev.skillpulse.core.bench.baseline} (only the
 * package line and the imports of the public {@code Candidate} and {@code Alias} differ), kept in the bench source set
 * on purpose. {@link CandidateBenchmark} runs it next to {@link CandidateExtractor} in one JMH run, and
 * {@link CandidateIdentity} checks that both give the same candidates and aliases. Not used by any production code.
 */
final class CandidateExtractorBaseline {
    private final dev.skillpulse.core.bench.baseline.CandidateExtractor frozen;

    CandidateExtractorBaseline(Taxonomy taxonomy) {
        frozen = new dev.skillpulse.core.bench.baseline.CandidateExtractor(taxonomy);
    }

    /** The frozen extractor's answer, as the current extractor's {@link Found} so that the two compare equal. */
    Found find(String title, String description, String company) {
        dev.skillpulse.core.bench.baseline.CandidateExtractor.Found found = frozen.find(title, description, company);
        return new Found(found.candidates(), found.aliases());
    }
}

package dev.skillpulse.streams;

import dev.skillpulse.contract.Member;

/**
 * What the topology remembers per posting id: which job group it is in, what it contributes there, and the
 * {@link SourceDigest} of the record it came from (null in state written before there was one).
 */
public record PostingState(String fingerprint, Member member, String source) {
    /** Whether both place the posting in the same job group with the same contribution, whatever their source. */
    boolean sameContribution(PostingState other) {
        return other != null && fingerprint.equals(other.fingerprint) && member.equals(other.member);
    }
}

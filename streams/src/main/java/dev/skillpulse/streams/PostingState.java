package dev.skillpulse.streams;

/** What the topology remembers per posting id: which job group it is in, and what it contributes there. */
public record PostingState(String fingerprint, Member member) {
}

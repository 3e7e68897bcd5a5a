package dev.skillpulse.streams;

import dev.skillpulse.contract.Member;

/** A posting id joining or updating a job group ({@code member} set), or leaving it ({@code member} null). */
public record MemberChange(String id, Member member) {
}

package dev.skillpulse.streams;

/** A posting id joining or updating a job group ({@code member} set), or leaving it ({@code member} null). */
public record MemberChange(String id, Member member) {
}

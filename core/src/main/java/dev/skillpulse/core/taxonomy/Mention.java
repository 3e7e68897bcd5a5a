package dev.skillpulse.core.taxonomy;

/** A term found in a text: which term, the text as written, and where it starts. */
public record Mention(String termId, String surface, int offset) {
}

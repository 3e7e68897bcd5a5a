package dev.skillpulse.core.emerging;

/**
 * A term a posting asks for that the taxonomy does not name. {@code key} is what candidates are counted under:
 * lower case, words single-spaced, an acronym's plural "s" and a phrase's plural head dropped ("LLMs" and "LLM" →
 * {@code llm}, "vector databases" → {@code vector database}); {@code label} is how this posting wrote it.
 */
public record Candidate(String key, String label) {
}

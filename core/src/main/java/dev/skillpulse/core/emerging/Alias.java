package dev.skillpulse.core.emerging;

/**
 * Evidence, seen in one posting, that two candidate keys name the same thing: a phrase written next to its
 * acronym in parentheses ("large language models (LLMs)", "RAG (retrieval-augmented generation)"). Counted like
 * candidates, so a fold across postings rests on how many postings wrote it, and retracts with them.
 */
public record Alias(String acronym, String expansion) {
}

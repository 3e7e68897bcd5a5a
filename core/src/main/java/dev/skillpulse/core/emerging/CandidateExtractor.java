package dev.skillpulse.core.emerging;

import dev.skillpulse.core.taxonomy.Taxonomy;
import java.util.List;
import java.util.Set;

/**
 * Finds the terms a posting asks for that the taxonomy does not name: tools, libraries, platforms and methods the
 * guide never mentions. Precision matters more than reach (a list full of "team" and "opportunity" is worthless),
 * so a word counts only with a tool's shape or in a tool's company:
 * <ul>
 *   <li><b>shape</b> ({@link ToolShape}): camel case ({@code LangChain}), an acronym ({@code VLM}), letters with
 *   digits ({@code GPT-4}), a dotted name ({@code Node.js}), {@code ++} or {@code #}, or a tool suffix on a
 *   capitalised word ({@code DuckDB});</li>
 *   <li><b>company</b>: an item of an enumeration (commas, slashes, "and", "or") in which another item is a taxonomy
 *   term or has a tool's shape: in "Python, Snowflake and Terraform", Snowflake and Terraform are candidates. There a
 *   capitalised name of up to three words counts, and a lower-case phrase of two or three words whose last word is a
 *   technology head ("vector databases", "prompt engineering");</li>
 * </ul>
 * minus a stop list of ordinary words and job-ad boilerplate ({@code stopwords.txt}, data), the taxonomy's own
 * surfaces and names built on them ("AWS SageMaker"), misspellings of the taxonomy's words ("Pyton"), role names
 * ("Software Engineer"), and the posting's company. The title is not read: it names the role, not its tools.
 * A phrase written next to its acronym ("vision language models (VLMs)") is counted once, under the acronym, and
 * reported as an {@link Alias}. At most {@link #MAX_PER_POSTING} candidates per posting, in order of first
 * appearance, so a keyword-stuffed ad cannot flood the counts.
 *
 * <p>It runs on the stream thread for every posting, so it scans the text once by hand (no regular expressions):
 * tokens ({@link Tokens}), the punctuation between them, and enumerations as runs of short items. Tokens are offsets
 * into the text, and words and phrases are looked up from a reusable buffer ({@link KeySet}, {@link Chars}): a string
 * is made only for a candidate or alias that is kept. The work is split: {@link Scan} is one posting's pass and the
 * one place a candidate is offered, {@link AliasFinder} reads "phrase (ACRONYM)", {@link Enumerations} reads a tool's
 * company, {@link CandidateFilter} keeps ordinary words, the guide's terms, typos and role names out, and
 * {@link Keys} writes a counting key. Immutable (but for each thread's reused buffers); threads may share it.
 */
public final class CandidateExtractor {
    public static final int MAX_PER_POSTING = 20;

    /** The result for one posting: its candidates (distinct keys) and the aliases it wrote out. */
    public record Found(List<Candidate> candidates, List<Alias> aliases) {
        public Found {
            candidates = List.copyOf(candidates);
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * Each thread's arrays for a posting's text and tokens, reused from posting to posting: allocating them anew was
     * most of what the extractor allocated on the stream thread. A scan runs start to end on one thread, so no two
     * scans share them at once. Per extractor, not static: they go with it when it is dropped (no static state).
     */
    private final ThreadLocal<Scan.Buffers> buffers = ThreadLocal.withInitial(Scan.Buffers::new);

    private final CandidateFilter filter;

    public CandidateExtractor(Taxonomy taxonomy) {
        this(taxonomy, CandidateFilter.loadStopWords());
    }

    CandidateExtractor(Taxonomy taxonomy, Set<String> stopWords) {
        this.filter = new CandidateFilter(taxonomy, stopWords);
    }

    /** The candidates of a posting; {@code description} may be HTML; {@code company} (may be null) is left out. */
    public Found find(String title, String description, String company) {
        return new Scan(filter, description, company, buffers.get()).find();
    }
}

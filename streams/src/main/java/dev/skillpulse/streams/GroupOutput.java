package dev.skillpulse.streams;

/** What a job-group change produces: count deltas, and updates of the counted postings' terms. */
sealed interface GroupOutput permits GroupOutput.Delta, GroupOutput.TermsUpdate {
    /** Add {@code amount} to the count of the fact in the record key. */
    record Delta(long amount) implements GroupOutput {
    }

    /** The counted posting in the record key now has these terms ({@code terms} null: it is no longer counted). */
    record TermsUpdate(PostingTerms terms) implements GroupOutput {
    }
}

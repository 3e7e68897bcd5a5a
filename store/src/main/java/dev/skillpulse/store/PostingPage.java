package dev.skillpulse.store;

import java.util.List;

/** One page of postings, newest first, with how many match in all. */
public record PostingPage(int page, int size, long total, List<PostingRow> postings) {
}

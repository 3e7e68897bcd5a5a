package dev.skillpulse.store;

import java.util.List;

/**
 * One page of postings, newest first, with how many match in all: {@code total} is exact when
 * {@code totalIsExact}, else at least that many match (counting stops at a cap, so that a frequent filter does not
 * count half of all postings per request).
 */
public record PostingPage(int page, int size, long total, boolean totalIsExact, List<PostingRow> postings) {
}

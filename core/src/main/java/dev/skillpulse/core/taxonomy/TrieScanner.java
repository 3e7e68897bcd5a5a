package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.SPACE;
import static dev.skillpulse.core.taxonomy.Normalizer.SYM;
import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

/**
 * The matcher: one pass over the cleaned text. Each token whose length, first and last symbols pass the first-token
 * bit set starts a walk of the trie as far as it goes, and the longest surface that ends on a token boundary and
 * passes its {@link SurfaceRules} wins; other tokens are skipped whole. Matches go into the {@link Scratch}, those
 * needing corroboration as pending; context words seen on the way are recorded there too. No regex, no per-token
 * allocation.
 */
final class TrieScanner {
    private final CompiledTaxonomy tx;

    TrieScanner(CompiledTaxonomy tx) {
        this.tx = tx;
    }

    /** Scans {@code b[0, n)}; {@code b[n]} must be a sentinel that is no word char. */
    void scan(char[] b, int n, Scratch sc) {
        final byte[] sym = SYM;
        final int[] da = tx.da;
        final long[] firstTokens = tx.firstTokens;
        final int[][] accepts = tx.accepts;
        final Form[] forms = tx.forms;
        int i = 0;
        while (i < n) {
            int s = sym[b[i]];
            if (s < WORD) {
                i++;
                continue;
            }
            // Find the token's end (b[n] is a sentinel); most tokens start no surface and are skipped right here.
            int j = i + 1;
            while (sym[b[j]] >= WORD) {
                j++;
            }
            int len = j - i;
            int bit = CompiledTaxonomy.tokenBit(s, len > 1 ? sym[b[i + 1]] : 0, len > 2 ? sym[b[i + 2]] : 0,
                    sym[b[j - 1]], len);
            if ((firstTokens[bit >>> 6] & (1L << bit)) == 0) {
                i = j + 1; // b[j] ends the token, so it is no word char (or the sentinel)
                continue;
            }
            int state = (da[0] & ~1) + 2 * s;
            if (da[state + 1] != 0) { // a filter collision: no surface starts with this symbol
                i = j;
                continue;
            }
            j = i + 1;
            int firstEnd = -1;
            int bestEnd = -1;
            int bestState = 0;
            long bestMask = 0;
            boolean lastSpace = false;
            while (true) {
                int d = da[state];
                if ((d & 1) != 0) {
                    long mask = accept(b, n, i, j, state >>> 1, sc);
                    if (mask != 0) {
                        bestEnd = j;
                        bestState = state >>> 1;
                        bestMask = mask;
                    }
                }
                if (j >= n) {
                    break;
                }
                int t = sym[b[j]];
                if (t < WORD) {
                    if (firstEnd < 0) {
                        firstEnd = j;
                    }
                    if (t == SPACE) {
                        if (lastSpace) {
                            j++;
                            continue;
                        }
                        lastSpace = true;
                    } else {
                        lastSpace = false;
                    }
                } else {
                    lastSpace = false;
                }
                int nx = (d & ~1) + 2 * t;
                if (da[nx + 1] != state) {
                    break;
                }
                state = nx;
                j++;
            }
            if (bestEnd >= 0) {
                int[] list = accepts[bestState];
                for (int k = 0; k < list.length && k < 64; k++) {
                    if ((bestMask & (1L << k)) != 0 && !sameTermEarlier(list, bestMask, k)) {
                        Form f = forms[list[k]];
                        sc.add(f.term, list[k], i, bestEnd, f.deferred);
                    }
                }
                i = bestEnd;
            } else {
                int k = firstEnd >= 0 ? firstEnd : j;
                while (sym[b[k]] >= WORD) {
                    k++;
                }
                i = k + 1; // b[k] is no word char (or the sentinel)
            }
        }
    }

    /** Two surfaces of one term that fold alike (Ph.D. and Ph.D): report the match once. */
    private boolean sameTermEarlier(int[] list, long mask, int k) {
        for (int e = 0; e < k; e++) {
            if ((mask & (1L << e)) != 0 && tx.forms[list[e]].term == tx.forms[list[k]].term) {
                return true;
            }
        }
        return false;
    }

    /** Checks a terminal state (by slot) reached over text[start, end): records context words, returns the forms that pass. */
    private long accept(char[] b, int n, int start, int end, int state, Scratch sc) {
        int[] list = tx.accepts[state];
        int ctx = tx.contextAt[state];
        if (list == null) {
            // Only a context word: its boundary and link checks wait until a pending mention needs it.
            sc.addContext(ctx, start, end);
            return 0;
        }
        Form[] forms = tx.forms;
        boolean boundary = end >= n || SurfaceRules.endsOk(b[end], forms[list[0]].endsInWordChar);
        if (!boundary || sc.links.inLink(b, n, start)) {
            return 0;
        }
        if (ctx >= 0) {
            sc.addContext(ctx, start, end);
        }
        long mask = 0;
        for (int k = 0; k < list.length && k < 64; k++) {
            if (SurfaceRules.passes(forms[list[k]], b, n, start, end)) {
                mask |= 1L << k;
            }
        }
        return mask;
    }
}

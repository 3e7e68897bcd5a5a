package dev.skillpulse.core.taxonomy;

/**
 * Decides the pending mentions once the whole text is scanned: each needs a confirmed mention of one of its required
 * terms, or one of its required words, within its window. Decisions are made against the mentions confirmed when
 * the scan ended, so their order does not matter.
 */
final class Corroborator {
    private final CompiledTaxonomy tx;

    Corroborator(CompiledTaxonomy tx) {
        this.tx = tx;
    }

    void resolve(char[] b, int n, Scratch sc) {
        int firstCtx = 0; // first context word at or after the window's start; windows move forward, so it mostly does
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] != Scratch.PENDING) {
                continue;
            }
            Form f = tx.forms[sc.form[m]];
            int lo = sc.start[m] - f.window;
            int hi = sc.end[m] + f.window;
            boolean ok = false;
            int first = m; // mentions do not overlap and are in start order, so their ends are sorted too
            while (first > 0 && sc.end[first - 1] >= lo) {
                first--;
            }
            for (int o = first; o < sc.count && sc.start[o] <= hi && !ok; o++) {
                ok = o != m && sc.state[o] == Scratch.ACCEPTED && f.requiredTerms[sc.term[o]] && sc.term[o] != f.term;
            }
            while (firstCtx > 0 && sc.ctxPos[firstCtx - 1] >= lo) {
                firstCtx--;
            }
            while (firstCtx < sc.ctxCount && sc.ctxPos[firstCtx] < lo) {
                firstCtx++;
            }
            for (int c = firstCtx; c < sc.ctxCount && sc.ctxPos[c] <= hi && !ok; c++) {
                boolean outside = sc.ctxPos[c] >= sc.end[m] || sc.ctxEnd[c] <= sc.start[m];
                ok = outside && f.requiredWords[sc.ctxWord[c]] && contextHolds(b, n, c, sc);
            }
            sc.state[m] = ok ? Scratch.ACCEPTED_LATE : Scratch.REJECTED;
        }
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] == Scratch.ACCEPTED_LATE) {
                sc.state[m] = Scratch.ACCEPTED;
            }
        }
    }

    /** Does context word occurrence {@code c} end on a token boundary, outside any e-mail address or URL? */
    private boolean contextHolds(char[] b, int n, int c, Scratch sc) {
        int end = sc.ctxEnd[c];
        return (end >= n || SurfaceRules.endsOk(b[end], tx.contextEndsInWordChar[sc.ctxWord[c]]))
                && !sc.links.inLink(b, n, sc.ctxPos[c]);
    }
}

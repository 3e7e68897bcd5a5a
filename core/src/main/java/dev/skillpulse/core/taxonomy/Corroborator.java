package dev.skillpulse.core.taxonomy;

/**
 * Decides the pending mentions' nearby rules once the whole text is scanned: a surface with {@code requires} needs a
 * confirmed mention of one of its terms, or one of its words, within its window (or sentence); a surface with
 * {@code unless} is vetoed by any mention of one of its terms, or one of its words, there. Decisions are made against
 * the mentions as the scan left them, so their order does not matter. Mentions that also have a degree-phrase rule
 * stay pending for {@link DegreePhraseScope}.
 */
final class Corroborator {
    private final CompiledTaxonomy tx;

    Corroborator(CompiledTaxonomy tx) {
        this.tx = tx;
    }

    void resolve(char[] b, int n, Scratch sc) {
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] != Scratch.PENDING) {
                continue;
            }
            Form f = tx.forms[sc.form[m]];
            boolean ok = f.requires == null || near(f.requires, true, b, n, m, sc);
            if (ok && f.unless != null) {
                ok = !near(f.unless, false, b, n, m, sc);
            }
            if (!ok) {
                sc.state[m] = Scratch.REJECTED_LATE;
            } else if (f.degreePhrase == Surface.DegreePhrase.ANY) {
                sc.state[m] = Scratch.ACCEPTED_LATE;
            }
        }
        sc.settle();
    }

    /**
     * Is there a mention of one of {@code rule}'s terms (only confirmed ones when {@code confirmedOnly}) or one of
     * its words within its reach of mention {@code m}, outside it?
     */
    private boolean near(Form.Nearby rule, boolean confirmedOnly, char[] b, int n, int m, Scratch sc) {
        int lo;
        int hi;
        if (rule.sentence()) {
            lo = Clauses.start(b, n, sc.start[m]);
            hi = Clauses.end(b, n, sc.end[m]);
        } else {
            lo = sc.start[m] - rule.window();
            hi = sc.end[m] + rule.window();
        }
        int first = m; // mentions do not overlap and are in start order, so their ends are sorted too
        while (first > 0 && sc.end[first - 1] >= lo) {
            first--;
        }
        int term = sc.term[m];
        for (int o = first; o < sc.count && sc.start[o] <= hi; o++) {
            if (o != m && rule.terms()[sc.term[o]] && sc.term[o] != term
                    && (confirmedOnly ? sc.state[o] == Scratch.ACCEPTED : sc.state[o] != Scratch.REJECTED)) {
                return true;
            }
        }
        for (int c = sc.firstContextAtOrAfter(lo); c < sc.ctxCount && sc.ctxPos[c] <= hi; c++) {
            boolean outside = sc.ctxPos[c] >= sc.end[m] || sc.ctxEnd[c] <= sc.start[m];
            if (outside && rule.words()[sc.ctxWord[c]] && contextHolds(b, n, c, sc)) {
                return true;
            }
        }
        return false;
    }

    /** Does context word occurrence {@code c} end on a token boundary, outside any e-mail address or URL? */
    private boolean contextHolds(char[] b, int n, int c, Scratch sc) {
        int end = sc.ctxEnd[c];
        return (end >= n || SurfaceRules.endsOk(b[end], tx.contextEndsInWordChar[sc.ctxWord[c]]))
                && !sc.links.inLink(b, n, sc.ctxPos[c]);
    }
}

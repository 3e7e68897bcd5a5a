package dev.skillpulse.core.taxonomy;

import static dev.skillpulse.core.taxonomy.Normalizer.SYM;
import static dev.skillpulse.core.taxonomy.Normalizer.WORD;

/**
 * Decides the mentions whose surface has a degree-phrase rule, after {@link Corroborator}: an {@code inside} surface
 * (a degree field) counts only inside a degree phrase, an {@code outside} one (the statistics skill) only outside.
 *
 * <p>A mention is inside one when the list it stands in, walked item by item to either side within its clause,
 * reaches a confirmed degree mention ("BS in", "Master's"), an opening phrase before the list ("degree in") or a
 * closing phrase after it ("degree", "graduates", "or a related"), also when the closing phrase follows an
 * item before the mention ("Statistics or a related field" puts "related field" inside). Items are other mentions (confirmed or still
 * pending here) and up to three capitalised words in a row (fields the taxonomy does not name); between them only
 * separators and linking words. Any other word ends the walk: "3 years in a data science role" is no degree phrase,
 * however close a degree is. So a list of any length counts, and the walk stops at the clause's end.
 */
final class DegreePhraseScope {
    /** Most tokens a walk looks at on each side; lists longer than this are not seen in practice. */
    private static final int MAX_STEPS = 80;
    private static final int MAX_CAPITALISED_RUN = 3;
    private static final byte IN = 6;
    private static final byte OUT = 7;

    private final CompiledTaxonomy tx;

    DegreePhraseScope(CompiledTaxonomy tx) {
        this.tx = tx;
    }

    void resolve(char[] b, int n, Scratch sc) {
        for (int m = 0; m < sc.count; m++) {
            if (sc.state[m] == Scratch.PENDING) {
                // "Statistics" is both the field and the skill at one span: walk once
                boolean sameSpan = m > 0 && sc.start[m - 1] == sc.start[m] && sc.end[m - 1] == sc.end[m]
                        && (sc.state[m - 1] == IN || sc.state[m - 1] == OUT);
                sc.state[m] = sameSpan ? sc.state[m - 1] : inDegreePhrase(b, n, sc, m) ? IN : OUT;
            }
        }
        for (int m = 0; m < sc.count; m++) {
            byte s = sc.state[m];
            if (s == IN || s == OUT) {
                boolean inside = tx.forms[sc.form[m]].degreePhrase == Surface.DegreePhrase.INSIDE;
                sc.state[m] = inside == (s == IN) ? Scratch.ACCEPTED : Scratch.REJECTED;
            }
        }
    }

    /** Still a list item for a walk: confirmed, or decided in this pass (the decision must not depend on order). */
    private static boolean item(byte state) {
        return state == Scratch.ACCEPTED || state == Scratch.PENDING || state == IN || state == OUT;
    }

    private boolean inDegreePhrase(char[] b, int n, Scratch sc, int m) {
        return opensBefore(b, n, sc, m) || closesAfter(b, n, sc, m);
    }

    private boolean opensBefore(char[] b, int n, Scratch sc, int m) {
        int p = sc.start[m];
        int k = m - 1;
        int capitalised = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            while (p > 0 && SYM[b[p - 1]] < WORD) { // separators: spaces, ',', '/', '(', '&', ':', ...
                if (Clauses.endsAt(b, n, p - 1)) {
                    return false;
                }
                p--;
            }
            if (p == 0) {
                return false;
            }
            while (k >= 0 && sc.end[k] > p) {
                k--;
            }
            int itemStart = -1;
            for (int o = k; o >= 0 && sc.end[o] == p; o--) { // one span may hold several terms' mentions
                if (item(sc.state[o])) {
                    if (sc.state[o] == Scratch.ACCEPTED && tx.degreeTerms[sc.term[o]]) {
                        return true;
                    }
                    itemStart = sc.start[o];
                }
            }
            if (itemStart >= 0 && closedAt(b, n, p)) { // "..., Statistics or a related field": the list is closed
                return true;
            }
            if (itemStart >= 0) {
                p = itemStart;
                capitalised = 0;
                continue;
            }
            if (tx.opening.longestBefore(b, p) >= 0) {
                return true;
            }
            int linkStart = tx.linking.longestBefore(b, p);
            if (linkStart >= 0) {
                p = linkStart;
                continue;
            }
            int t = p - 1;
            while (t > 0 && SYM[b[t - 1]] >= WORD) {
                t--;
            }
            if (!Character.isUpperCase(b[t]) || ++capitalised > MAX_CAPITALISED_RUN) {
                return false;
            }
            p = t;
        }
        return false;
    }

    private boolean closesAfter(char[] b, int n, Scratch sc, int m) {
        int p = sc.end[m];
        int k = m + 1;
        int capitalised = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            while (p < n && SYM[b[p]] < WORD) {
                if (Clauses.endsAt(b, n, p)) {
                    return false;
                }
                p++;
            }
            if (p >= n) {
                return false;
            }
            if (closedAt(b, n, p)) {
                return true;
            }
            while (k < sc.count && sc.start[k] < p) {
                k++;
            }
            int itemEnd = -1;
            for (int o = k; o < sc.count && sc.start[o] == p; o++) {
                if (item(sc.state[o])) {
                    if (sc.state[o] == Scratch.ACCEPTED && tx.degreeTerms[sc.term[o]]) {
                        return true;
                    }
                    itemEnd = Math.max(itemEnd, sc.end[o]);
                }
            }
            if (itemEnd >= 0) {
                p = itemEnd;
                capitalised = 0;
                continue;
            }
            int linkEnd = tx.linking.longestAfter(b, n, p);
            if (linkEnd >= 0) {
                p = linkEnd;
                continue;
            }
            int t = p;
            while (t < n && SYM[b[t]] >= WORD) {
                t++;
            }
            if (!Character.isUpperCase(b[p]) || ++capitalised > MAX_CAPITALISED_RUN) {
                return false;
            }
            p = t;
        }
        return false;
    }

    /** Does a closing phrase ("degree", "or a related") start at {@code at}, after optional spaces? */
    private boolean closedAt(char[] b, int n, int at) {
        return tx.closing.startsAt(b, n, at);
    }
}

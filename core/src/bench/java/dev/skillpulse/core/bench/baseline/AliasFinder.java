package dev.skillpulse.core.bench.baseline;

import dev.skillpulse.core.emerging.Alias;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A posting's phrases written next to their acronym: "phrase (ACRONYM)" and "ACRONYM (phrase)". The phrase is the
 * words just before the parenthesis, or inside it, and the acronym names its shortest tail (or head) whose initials
 * spell it, with or without the small words ("reinforcement learning from human feedback" is RLHF). Such a phrase
 * is counted under its acronym, never on its own. Made for one posting and never shared.
 */
final class AliasFinder {
    /** Words an acronym usually skips. */
    private static final KeySet SMALL_WORDS = new KeySet(List.of("of", "from", "for", "and", "the", "to", "with", "in",
            "on", "by", "a", "an"));

    private final Scan scan;
    private final char[] text;
    private final Tokens tokens;
    private final List<Alias> aliases = new ArrayList<>();
    /** The expansions of the aliases: counted under their acronym, never on their own. */
    private final List<String> expansions = new ArrayList<>();
    /**
     * The parentheses that hold an alias's other side, as token ranges {@code [start, end)}, two ints each, and
     * whether each holds the acronym of the phrase just before it: what an enumeration reads as part of an item.
     */
    private int[] parentheses = new int[0];
    private boolean[] namesPhrase = new boolean[0];
    private int parenthesisCount;

    AliasFinder(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
        this.tokens = scan.tokens;
    }

    List<Alias> found() {
        return aliases;
    }

    /** The key is the expansion of an alias. */
    boolean isExpansion(Chars key) {
        for (String expansion : expansions) {
            if (key.is(expansion)) {
                return true;
            }
        }
        return false;
    }

    void collect() {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!ToolShape.isAcronym(text, tokens.start(i), tokens.end(i))) {
                continue;
            }
            if (tokens.prev(i) == '(' && tokens.next(i) == ')') {
                // Words before "(" back to the start of the clause, at most six: tails, shortest first.
                int from = i - 1;
                while (from > 0 && i - from < 6 && tokens.sep(from) == ' ') {
                    from--;
                }
                String letters = letters(i);
                for (int start = i - 1; start >= Math.max(from, 0); start--) {
                    if (add(i, letters, start, i)) {
                        // An acronym on the stop list ("paid time off (PTO)") names no tool.
                        addParenthesis(i, i + 1, !scan.filter.isStopWord(scan.key));
                        break;
                    }
                }
            } else if (tokens.next(i) == '(' && i + 1 < n) {
                // Words inside the parenthesis: heads, shortest first.
                String letters = letters(i);
                for (int end = i + 2; end <= Math.min(n, i + 7); end++) {
                    if (add(i, letters, i + 1, end)) {
                        if (tokens.next(end - 1) == ')') {
                            addParenthesis(i + 1, end, false);
                        }
                        break;
                    }
                    if (tokens.next(end - 1) != ' ') {
                        break;
                    }
                }
            }
        }
    }

    private void addParenthesis(int start, int end, boolean acronymOfPhrase) {
        if (parenthesisCount == namesPhrase.length) {
            parentheses = Arrays.copyOf(parentheses, Math.max(8, parentheses.length * 2));
            namesPhrase = Arrays.copyOf(namesPhrase, parentheses.length / 2);
        }
        parentheses[2 * parenthesisCount] = start;
        parentheses[2 * parenthesisCount + 1] = end;
        namesPhrase[parenthesisCount++] = acronymOfPhrase;
    }

    /** The end of the alias's parenthesis that starts at token {@code start}, or -1 when none does. */
    int parenthesisEnd(int start) {
        for (int k = 0; k < parenthesisCount; k++) {
            if (parentheses[2 * k] == start) {
                return parentheses[2 * k + 1];
            }
        }
        return -1;
    }

    /** The parenthesis at token {@code start} holds the acronym of the phrase before it ("models (VLMs)"). */
    boolean namesPhraseBefore(int start) {
        for (int k = 0; k < parenthesisCount; k++) {
            if (parentheses[2 * k] == start) {
                return namesPhrase[k];
            }
        }
        return false;
    }

    /** The acronym's letters, upper case, without its plural "s". */
    private String letters(int acronym) {
        int start = tokens.start(acronym);
        int end = tokens.end(acronym);
        if (text[end - 1] == 's') {
            end--;
        }
        return new String(text, start, end - start).toUpperCase(Locale.ROOT);
    }

    /**
     * When the initials of the tokens {@code [from, to)} spell the acronym's {@code letters}, with or without the
     * small words, records the alias (unless the guide names either side) and says so.
     */
    private boolean add(int acronym, String letters, int from, int to) {
        if (!initialsSpell(letters, from, to, false) && !initialsSpell(letters, from, to, true)) {
            return false;
        }
        String expansion = scan.keyString(from, to);
        String acronymKey = scan.keyString(acronym, acronym + 1);
        if (!scan.filter.isSurface(acronymKey) && !scan.filter.isSurface(expansion) && !expansion.equals(acronymKey)) {
            Alias alias = new Alias(acronymKey, expansion);
            if (!aliases.contains(alias)) {
                aliases.add(alias);
            }
            expansions.add(expansion);
        }
        return true;
    }

    /** The first letter of each word and of each hyphenated part of one ("low-rank" gives LR), upper case. */
    private boolean initialsSpell(String letters, int from, int to, boolean skipSmallWords) {
        Chars words = scan.words;
        words.clear();
        for (int t = from; t < to; t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (skipSmallWords && SMALL_WORDS.containsLowerCase(text, start, end)) {
                continue;
            }
            for (int p = start; p < end; p++) {
                if (text[p] != '-' && (p == start || text[p - 1] == '-')) {
                    words.add(Character.toUpperCase(text[p]));
                }
            }
        }
        return words.is(letters);
    }
}

package dev.skillpulse.core.bench.baseline;

/**
 * A candidate's counting key, written into a buffer from the tokens of a phrase: lower case, single-spaced,
 * {@code ++} as "pp" and {@code #} as "sharp", an acronym's plural ({@code LLMs} → {@code llm}) and a phrase's plural
 * head ({@code vector databases} → {@code vector database}) dropped.
 */
final class Keys {
    private static final String SHARP = "sharp";

    private Keys() {
    }

    /** The key of the tokens {@code [from, to)} written with spaces, into {@code key} (cleared first). */
    static void put(Chars key, Tokens tokens, int from, int to) {
        char[] text = tokens.text();
        key.clear();
        for (int t = from; t < to; t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (to - from == 1 && end - start > 2 && text[end - 1] == 's' && ToolShape.isAcronym(text, start, end)) {
                end--;
            }
            // "++" and "#" only ever end a token, right after a letter or digit.
            if (text[end - 1] == '+') {
                key.addWords(text, start, end - 2);
                key.add('p');
                key.add('p');
            } else if (text[end - 1] == '#') {
                key.addWords(text, start, end - 1);
                for (int i = 0; i < SHARP.length(); i++) {
                    key.add(SHARP.charAt(i));
                }
            } else {
                key.addWords(text, start, end);
            }
        }
        if (key.lastIndexOf(' ') >= 0) {
            key.truncate(singularLength(key.array(), key.length()));
        }
    }

    /** The length of the phrase with its last word's plural "s" dropped ("vector databases" → "vector database"). */
    static int singularLength(char[] key, int length) {
        int lastStart = length;
        while (lastStart > 0 && key[lastStart - 1] != ' ') {
            lastStart--;
        }
        if (length - lastStart > 3 && key[length - 1] == 's' && key[length - 2] != 's' && key[length - 2] != 'i'
                && key[length - 2] != 'u') {
            return length - 1;
        }
        return length;
    }
}

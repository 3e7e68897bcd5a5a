package dev.skillpulse.core.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds taxonomy terms in posting text. Version 1: case-insensitive whole-token phrase matching.
 * Tokens are runs of letters and digits, plus the symbols that belong to names such as C++, C# and .NET.
 */
public final class MentionExtractor {
    private final Map<String, List<String[]>> phrasesByFirstToken = new HashMap<>();
    private final Map<String, String> termBySurface = new HashMap<>();

    public MentionExtractor(Taxonomy taxonomy) {
        for (Term term : taxonomy.terms()) {
            for (String surface : term.surfaces()) {
                List<String> tokens = tokens(surface);
                if (tokens.isEmpty()) {
                    continue;
                }
                String key = String.join(" ", tokens);
                termBySurface.putIfAbsent(key, term.id());
                phrasesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                        .add(tokens.toArray(String[]::new));
            }
        }
        // Longest phrase first, so "machine learning engineer" wins over "machine learning".
        phrasesByFirstToken.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    public List<Mention> extract(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = tokenize(text, spans);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String[]> candidates = phrasesByFirstToken.get(tokens.get(i));
            if (candidates == null) {
                continue;
            }
            for (String[] phrase : candidates) {
                if (matches(tokens, i, phrase)) {
                    int start = spans.get(i)[0];
                    int end = spans.get(i + phrase.length - 1)[1];
                    mentions.add(new Mention(termBySurface.get(String.join(" ", phrase)), text.substring(start, end), start));
                    i += phrase.length - 1;
                    break;
                }
            }
        }
        return mentions;
    }

    /** Each term once, in order of first mention. */
    public Set<String> termIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        extract(text).forEach(m -> ids.add(m.termId()));
        return ids;
    }

    private static boolean matches(List<String> tokens, int at, String[] phrase) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!tokens.get(at + j).equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String text) {
        return tokenize(text, new ArrayList<>());
    }

    private static List<String> tokenize(String text, List<int[]> spans) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isNameSymbol(text, i))) {
                i++;
            }
            tokens.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            spans.add(new int[] {start, i});
        }
        return tokens;
    }

    private static boolean isNameSymbol(String text, int i) {
        char c = text.charAt(i);
        return c == '+' || c == '#';
    }
}

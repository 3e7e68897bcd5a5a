package dev.skillpulse.core.bench.baseline;

import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.core.taxonomy.Term;
import dev.skillpulse.core.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What keeps a word or phrase with a tool's shape or company out of the candidates: the stop list of ordinary words
 * and job-ad boilerplate ({@code stopwords.txt}, data), the taxonomy's own surfaces and names built on them ("AWS
 * SageMaker"), misspellings of the taxonomy's words ("Pyton") and role names ("Software Engineer"). Built once from
 * the taxonomy; every question is asked of a stretch of a buffer, without making a string. Immutable; threads may
 * share it.
 */
final class CandidateFilter {
    /** Last words of role names: "Software Engineer" is who is hired, not what they use. */
    private static final KeySet ROLE_HEADS = new KeySet(List.of("engineer", "engineers", "scientist", "scientists",
            "researcher", "researchers", "developer", "developers", "analyst", "analysts", "manager", "managers",
            "lead", "leads", "architect", "architects", "designer", "designers", "intern", "interns", "director",
            "officer", "consultant", "specialist", "team", "teams"));

    private final KeySet known;
    private final KeySet knownWords;
    /** Surfaces of education terms: a list naming one is a list of degrees or fields of study, not of tools. */
    private final KeySet education;
    private final KeySet stop;
    /** The one-word surfaces of five letters or more, by length: what a misspelling is one typo away from. */
    private final String[][] typoTargets;

    CandidateFilter(Taxonomy taxonomy, Set<String> stopWords) {
        Set<String> surfaces = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (Term term : taxonomy.terms()) {
            List<String> forms = new ArrayList<>(term.surfaces());
            forms.add(term.label());
            for (String form : forms) {
                String key = Words.joined(form);
                surfaces.add(key);
                if ("education".equals(term.type())) {
                    fields.add(key);
                }
                surfaces.add(key.substring(0, Keys.singularLength(key.toCharArray(), key.length())));
                if (key.indexOf(' ') < 0 && key.length() > 1) {
                    words.add(key);
                }
            }
        }
        this.known = new KeySet(surfaces);
        this.knownWords = new KeySet(words);
        this.education = new KeySet(fields);
        this.stop = new KeySet(stopWords);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.typoTargets = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            typoTargets[length] = words.stream().filter(w -> w.length() == l && l >= 5).toArray(String[]::new);
        }
    }

    /** On the stop list. */
    boolean isStopWord(Chars words) {
        return stop.contains(words.array(), 0, words.length());
    }

    /** Exactly a surface or label of the taxonomy. */
    boolean isSurface(Chars words) {
        return known.contains(words.array(), 0, words.length());
    }

    boolean isSurface(String key) {
        return known.contains(key);
    }

    /** A surface of an education term: a degree or field of study. */
    boolean isEducation(Chars words) {
        return education.contains(words.array(), 0, words.length());
    }

    /** {@code joined} is a taxonomy surface, or a name built on a one-word term of the taxonomy. */
    boolean isKnown(Chars joined) {
        char[] j = joined.array();
        int n = joined.length();
        if (known.contains(j, 0, n) || known.contains(j, 0, Keys.singularLength(j, n))) {
            return true;
        }
        // A name built on a one-word term of the taxonomy ("AWS SageMaker" is still AWS) is not beyond the guide.
        if (joined.lastIndexOf(' ') >= 0) {
            for (int start = 0; start < n; ) {
                int end = start;
                while (end < n && j[end] != ' ') {
                    end++;
                }
                if (end - start > 1 && knownWords.contains(j, start, end)) {
                    return true;
                }
                start = end + 1;
            }
        }
        return false;
    }

    /** The key's last word names a role: "software engineer". */
    boolean isRoleName(Chars key) {
        return ROLE_HEADS.contains(key.array(), key.lastIndexOf(' ') + 1, key.length());
    }

    /** A one-word key one typo away from a taxonomy word of five letters or more ("pyton", "tensorfow"). */
    boolean isMisspelt(Chars key) {
        int n = key.length();
        if (n < 4 || key.lastIndexOf(' ') >= 0) {
            return false;
        }
        for (int length = n - 1; length <= n + 1 && length < typoTargets.length; length++) {
            for (String word : typoTargets[length]) {
                if (Typo.oneApart(word, key.array(), 0, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CandidateFilter.class.getResourceAsStream("/dev/skillpulse/core/emerging/stopwords.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(Words.joined(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

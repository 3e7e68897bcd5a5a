package dev.skillpulse.core.taxonomy;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The highest degree a posting asks as required and as preferred, from the degree mentions in its cleaned text: a
 * degree is preferred when the nearest marker in its sentence says so, else when the last section heading before
 * it is a preferred-qualifications one.
 */
final class DegreeLevels {
    private static final List<String> PREFERRED = List.of("preferred", "a plus", "nice to have", "nice-to-have",
        "bonus", "ideally", "desirable", "desired", "advantage", "preferably", "is a plus", "would be great",
        "good to have");
    private static final List<String> REQUIRED = List.of("required", "must", "minimum", "at least", "requires",
        "requirement", "need", "mandatory");
    private static final List<String> PREFERRED_HEADINGS = List.of("preferred qualifications", "nice to have",
        "nice-to-have", "bonus points", "preferred skills", "pluses", "preferred:", "bonus:", "good to have");
    private static final List<String> REQUIRED_HEADINGS = List.of("requirements", "required qualifications",
        "minimum qualifications", "basic qualifications", "must have", "must-have", "what you need",
        "what you'll bring", "what you bring", "required:", "you have");

    private DegreeLevels() {
    }

    /** The highest degree term id asked as required and as preferred; each null when none. */
    record Asked(String required, String preferred) {
    }

    static Asked of(List<Mention> mentions, String lower) {
        String required = null;
        String preferred = null;
        Headings headings = new Headings(lower);
        for (Mention m : mentions) {
            int level = PostingAnalysis.DEGREES.indexOf(m.termId());
            if (level < 0) {
                continue;
            }
            if (preferred(lower, m.offset(), headings)) {
                preferred = higher(preferred, m.termId());
            } else {
                required = higher(required, m.termId());
            }
        }
        return new Asked(required, preferred);
    }

    private static String higher(String a, String b) {
        if (a == null) {
            return b;
        }
        return PostingAnalysis.DEGREES.indexOf(b) > PostingAnalysis.DEGREES.indexOf(a) ? b : a;
    }

    /** True when the degree mentioned at {@code offset} is asked as preferred rather than required. */
    private static boolean preferred(String lower, int offset, Headings headings) {
        int from = sentenceStart(lower, offset);
        int to = sentenceEnd(lower, offset);
        int prefDist = nearest(lower, from, to, offset, PREFERRED);
        int reqDist = nearest(lower, from, to, offset, REQUIRED);
        if (prefDist != Integer.MAX_VALUE || reqDist != Integer.MAX_VALUE) {
            return prefDist < reqDist;
        }
        return headings.lastPreferred(offset) > headings.lastRequired(offset);
    }

    private static int nearest(String s, int from, int to, int offset, List<String> markers) {
        int best = Integer.MAX_VALUE;
        for (String m : markers) {
            for (int i = s.indexOf(m, from); i >= 0 && i < to; i = s.indexOf(m, i + 1)) {
                best = Math.min(best, Math.abs(i - offset));
            }
        }
        return best;
    }

    /**
     * Where the section headings of one text start, found on first use with forward searches: a backward search per
     * degree mention (String.lastIndexOf, which is not vectorised) was 15 % of the topology's time.
     */
    static final class Headings {
        private final String lower;
        private int[] preferred;
        private int[] required;

        Headings(String lower) {
            this.lower = lower;
        }

        /** Start of the last preferred-qualifications heading at or before {@code offset}, or -1. */
        int lastPreferred(int offset) {
            if (preferred == null) {
                preferred = starts(lower, PREFERRED_HEADINGS);
            }
            return lastAtOrBefore(preferred, offset);
        }

        /** Start of the last requirements heading at or before {@code offset}, or -1. */
        int lastRequired(int offset) {
            if (required == null) {
                required = starts(lower, REQUIRED_HEADINGS);
            }
            return lastAtOrBefore(required, offset);
        }

        private static int[] starts(String s, List<String> markers) {
            return markers.stream()
                    .flatMapToInt(m -> IntStream.iterate(s.indexOf(m), i -> i >= 0, i -> s.indexOf(m, i + 1)))
                    .sorted()
                    .toArray();
        }

        private static int lastAtOrBefore(int[] sorted, int offset) {
            int best = -1;
            for (int start : sorted) {
                if (start > offset) {
                    break;
                }
                best = start;
            }
            return best;
        }
    }

    private static int sentenceStart(String s, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            if (isSentenceEnd(s, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String s, int offset) {
        for (int i = offset; i < s.length(); i++) {
            if (isSentenceEnd(s, i)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == ';' || c == '\u2022') {
            return true;
        }
        // "degree. " ends a sentence; "Ph.D. " and "M.S. " do not.
        return c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ' && i >= 2
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i - 2));
    }
}

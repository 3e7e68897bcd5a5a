package dev.skillpulse.core.taxonomy;

import dev.skillpulse.core.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Experience years, seniority and education level from cleaned posting text. No regex: a few bounded scans. */
final class Requirements {
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"};
    private static final List<String> FILLERS = List.of("+", "-", "\u2013", "\u2014", "(", ")", "to", "or", "more",
        "plus", "and", "~", "of");
    private static final List<String> EXPERIENCE_WORDS = List.of("experience", "exp", "experienced", "industry",
        "professional", "hands-on", "hands on", "working", "work", "building", "developing", "in machine learning",
        "in ml", "in software", "in data", "relevant", "of python", "with");
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

    private Requirements() {
    }

    /** The largest lower bound of "N+ years", "N-M years", "at least N years" phrases about experience. */
    static Integer minYears(String lower) {
        Integer best = null;
        int from = 0;
        while (true) {
            int at = nextYearWord(lower, from);
            if (at < 0) {
                return best;
            }
            int wordEnd = at;
            while (wordEnd < lower.length() && Character.isLetter(lower.charAt(wordEnd))) {
                wordEnd++;
            }
            from = wordEnd;
            Integer low = lowerBoundBefore(lower, at);
            if (low == null || low > 40 || !aboutExperience(lower, at, wordEnd)) {
                continue;
            }
            best = best == null ? low : Math.max(best, low);
        }
    }

    private static int nextYearWord(String s, int from) {
        for (int i = s.indexOf('y', from); i >= 0; i = s.indexOf('y', i + 1)) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            int e = i;
            while (e < s.length() && Character.isLetter(s.charAt(e))) {
                e++;
            }
            String w = s.substring(i, e);
            if (w.equals("years") || w.equals("year") || w.equals("yrs") || w.equals("yr")) {
                return i;
            }
        }
        return -1;
    }

    /** Reads back from a "years" word over numbers and fillers; the smallest number seen is the lower bound. */
    private static Integer lowerBoundBefore(String s, int at) {
        Integer low = null;
        int i = at;
        int tokens = 0;
        while (i > 0 && tokens < 8) {
            while (i > 0 && s.charAt(i - 1) == ' ') {
                i--;
            }
            if (i == 0) {
                break;
            }
            int end = i;
            char c = s.charAt(i - 1);
            int start;
            if (Character.isLetterOrDigit(c)) {
                start = i - 1;
                while (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
                    start--;
                }
            } else {
                start = i - 1;
            }
            String tok = s.substring(start, end);
            tokens++;
            Integer value = number(tok);
            if (value != null) {
                low = low == null ? value : Math.min(low, value);
            } else if (!FILLERS.contains(tok)) {
                break;
            }
            i = start;
        }
        return low;
    }

    private static Integer number(String tok) {
        if (!tok.isEmpty() && tok.length() <= 2 && tok.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(tok);
        }
        for (int k = 0; k < NUMBER_WORDS.length; k++) {
            if (NUMBER_WORDS[k].equals(tok)) {
                return k;
            }
        }
        return null;
    }

    private static boolean aboutExperience(String s, int at, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 60));
        if (after.startsWith(" ago") || after.startsWith(" old") || after.startsWith(" from now")) {
            return false;
        }
        String before = s.substring(Math.max(0, at - 60), at);
        if (before.contains("experience")) {
            return true;
        }
        for (String w : EXPERIENCE_WORDS) {
            if (after.contains(w)) {
                return true;
            }
        }
        return after.startsWith("+");
    }

    /** Seniority from the title, else from explicit phrases in the text, else from the years asked. */
    static String seniority(String title, String lowerText, Integer minYears) {
        String t = " " + Words.spaced(title == null ? "" : title) + " ";
        if (hasAny(t, " intern ", " internship ", " co-op ", " co op ")) {
            return "intern";
        }
        if (hasAny(t, " lead ", " manager ", " head of ", " director ", " vp ", " leader ")) {
            return "lead";
        }
        if (hasAny(t, " staff ", " principal ", " distinguished ", " architect ")) {
            return "staff";
        }
        if (hasAny(t, " senior ", " sr ", " iii ")) {
            return "senior";
        }
        if (hasAny(t, " mid ", " mid level ", " intermediate ", " ii ")) {
            return "mid";
        }
        if (hasAny(t, " junior ", " jr ", " entry level ", " graduate ", " new grad ", " associate ", " i ")) {
            return "junior";
        }
        String x = " " + Words.spaced(lowerText) + " ";
        if (hasAny(x, " internship ", " intern position ", " summer intern ", " this intern ")) {
            return "intern";
        }
        if (hasAny(x, " people manager ", " manage a team ", " lead a team ", " leading a team ", " team lead ")) {
            return "lead";
        }
        if (hasAny(x, " staff level ", " principal level ", " staff engineer ", " principal engineer ")) {
            return "staff";
        }
        if (hasAny(x, " senior level ", " senior role ", " senior position ", " senior engineer ")) {
            return "senior";
        }
        if (hasAny(x, " mid level ", " mid-level ")) {
            return "mid";
        }
        if (hasAny(x, " entry level ", " junior role ", " junior position ", " junior level ", " new grad ",
                " new graduates ", " recent graduates ")) {
            return "junior";
        }
        if (minYears == null) {
            return null;
        }
        return minYears <= 1 ? "junior" : minYears <= 4 ? "mid" : "senior";
    }

    private static boolean hasAny(String s, String... needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** True when the degree mentioned at {@code offset} is asked as preferred rather than required. */
    static boolean preferred(String lower, int offset, Headings headings) {
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

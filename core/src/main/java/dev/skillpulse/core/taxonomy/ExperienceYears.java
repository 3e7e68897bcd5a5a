package dev.skillpulse.core.taxonomy;

import java.util.List;

/** The experience a posting asks for, in years, from cleaned lower-case text. No regex: a few bounded scans. */
final class ExperienceYears {
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"};
    private static final List<String> FILLERS = List.of("+", "-", "\u2013", "\u2014", "(", ")", "to", "or", "more",
        "plus", "and", "~", "of");
    private static final List<String> EXPERIENCE_WORDS = List.of("experience", "exp", "experienced", "industry",
        "professional", "hands-on", "hands on", "working", "work", "building", "developing", "in machine learning",
        "in ml", "in software", "in data", "relevant", "of python", "with");

    private ExperienceYears() {
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
}

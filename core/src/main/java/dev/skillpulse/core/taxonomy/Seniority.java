package dev.skillpulse.core.taxonomy;

import dev.skillpulse.core.text.Words;

/** Seniority of a posting from its title, else from explicit phrases in its text, else from the years asked. */
final class Seniority {
    private Seniority() {
    }

    /** Seniority from the title, else from explicit phrases in the text, else from the years asked. */
    static String of(String title, String lowerText, Integer minYears) {
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
}

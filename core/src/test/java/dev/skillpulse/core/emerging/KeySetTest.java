package dev.skillpulse.core.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeySetTest {
    private static final KeySet WORDS = new KeySet(List.of("data", "vector database", "work with"));

    private static boolean contains(KeySet set, String text, int from, int to) {
        return set.contains(text.toCharArray(), from, to);
    }

    @Test
    void shouldFindAMemberInTheMiddleOfAText() {
        assertThat(contains(WORDS, "big data here", 4, 8)).isTrue();
    }

    @Test
    void shouldNotFindAStretchThatIsOnlyPartOfAMember() {
        assertThat(contains(WORDS, "big data here", 4, 7)).isFalse();
    }

    @Test
    void shouldNotFindAStretchThatRunsPastAMember() {
        assertThat(contains(WORDS, "big data here", 4, 9)).isFalse();
    }

    @Test
    void shouldFindNothingInAnEmptySet() {
        assertThat(contains(new KeySet(List.of()), "data", 0, 4)).isFalse();
    }

    @Test
    void shouldAnswerForAStringAsForTheSameCharacters() {
        assertThat(WORDS.contains("vector database")).isTrue();
        assertThat(WORDS.contains("vector")).isFalse();
    }

    @Test
    void shouldTellApartMembersWithTheSameHash() {
        // "Aa" and "BB" have the same String.hashCode.
        KeySet set = new KeySet(List.of("Aa"));

        assertThat(contains(set, "BB", 0, 2)).isFalse();
        assertThat(contains(new KeySet(List.of("Aa", "BB")), "BB", 0, 2)).isTrue();
    }

    @Test
    void shouldFindEveryMemberOfALargeSet() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add("key" + i);
        }
        KeySet set = new KeySet(keys);

        assertThat(keys).allMatch(k -> contains(set, k, 0, k.length()));
        assertThat(contains(set, "key5000", 0, 7)).isFalse();
    }

    @Test
    void shouldFindMembersWhateverTheyStartWith() {
        List<String> members = List.of("Zeta", "9lives", ".net", "\u00E9t\u00E9", "~x", "@home");
        KeySet set = new KeySet(members);

        assertThat(members).allMatch(m -> contains(set, m, 0, m.length()));
        assertThat(contains(set, "zeta", 0, 4)).isFalse();
    }

    @Test
    void shouldFindUpperCaseTextWhenAskedInLowerCase() {
        assertThat(WORDS.containsLowerCase("Work With".toCharArray(), 0, 9)).isTrue();
    }

    @Test
    void shouldNotLowerCaseWhenAskedForTheExactText() {
        assertThat(contains(WORDS, "Work With", 0, 9)).isFalse();
    }

    @Test
    void shouldRelyOnNoCharacterLowerCasingToAsciiOfAnotherLength() {
        // KeySet rules out a text by its length before lower-casing it when all members are ASCII.
        for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = Character.toString(cp);
            String lower = text.toLowerCase(Locale.ROOT);
            boolean ascii = lower.chars().allMatch(c -> c < 128);
            assertThat(!ascii || lower.length() == text.length()).as("U+%04X", cp).isTrue();
        }
    }

    @Test
    void shouldTurnAwayATextOfNoMembersLengthEvenWhenAskedInLowerCase() {
        assertThat(WORDS.containsLowerCase("DATAS".toCharArray(), 0, 5)).isFalse();
        assertThat(new KeySet(List.of("stra\u00DFe")).containsLowerCase("STRA\u00DFE".toCharArray(), 0, 6)).isTrue();
    }

    @Test
    void shouldLowerCaseOtherThanAsciiAsStringToLowerCaseDoes() {
        // The Kelvin sign lower-cases to "k"; a dotted capital I to "i" and a combining dot, not to "i".
        assertThat(WORDS.containsLowerCase("wor\u212A with".toCharArray(), 0, 9)).isTrue();
        assertThat(new KeySet(List.of("in")).containsLowerCase("\u0130n".toCharArray(), 0, 2)).isFalse();
    }
}

package dev.skillpulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
    /** ASCII letters, digits and punctuation, Latin-1 and other letters, digits of other scripts, marks, surrogates. */
    private static final String ALPHABET = "aZ09 -_.,;!?\t\n<>&'\"ÉéßÆøİıΣσςДд٣०\u0301\u00a0\u2013\u2019\ud83d\ude00Ǆǅǆ";

    @Test
    void shouldSingleSpaceLowerCaseWordsWithNothingAtTheEnds() {
        assertThat(Words.joined("  Senior ML-Engineer (m/w/d)! ")).isEqualTo("senior ml engineer m w d");
    }

    @Test
    void shouldTurnEachRunOfOtherCharactersIntoOneSpaceAtTheEndsToo() {
        assertThat(Words.spaced(" Senior ML-Engineer!")).isEqualTo(" senior ml engineer ");
    }

    @Test
    void shouldGiveTheSameWordsAsCharacterLowerCaseForAnyText() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            String text = randomText(random);

            assertThat(Words.joined(text)).as(text).isEqualTo(joinedByCharacter(text));
            assertThat(Words.spaced(text)).as(text).isEqualTo(spacedByCharacter(text));
        }
    }

    private static String randomText(Random random) {
        char[] text = new char[random.nextInt(40)];
        for (int i = 0; i < text.length; i++) {
            text[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(text);
    }

    /** The fingerprint's normal form as it was first written, character by character. */
    private static String joinedByCharacter(String text) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The seniority rules' normal form as it was first written. */
    private static String spacedByCharacter(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char ch : text.toCharArray()) {
            char c = Character.toLowerCase(ch);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString();
    }
}

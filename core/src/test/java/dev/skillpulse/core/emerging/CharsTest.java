package dev.skillpulse.core.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.text.Words;
import org.junit.jupiter.api.Test;

class CharsTest {
    private static Chars words(String... stretches) {
        Chars chars = new Chars();
        for (String s : stretches) {
            chars.addWords(s.toCharArray(), 0, s.length());
        }
        return chars;
    }

    @Test
    void shouldWriteTheWordsOfAStretchAsWordsJoinedDoes() {
        String text = " Senior ML-Engineer! \u00C4rzte\u2013\u0130stanbul ";

        assertThat(words(text).toString()).isEqualTo(Words.joined(text));
    }

    @Test
    void shouldWriteStretchesAddedOneByOneAsTheirPhraseWithSpaces() {
        assertThat(words("Node.js", "C++", "(VLMs)").toString()).isEqualTo(Words.joined("Node.js C++ (VLMs)"));
    }

    @Test
    void shouldAddAStretchAsItIs() {
        Chars chars = new Chars();
        chars.add("a Node.js b".toCharArray(), 2, 9);

        assertThat(chars.toString()).isEqualTo("Node.js");
    }

    @Test
    void shouldGrowPastItsFirstCapacity() {
        Chars chars = new Chars();
        for (int i = 0; i < 1_000; i++) {
            chars.add((char) ('a' + i % 26));
        }

        assertThat(chars.length()).isEqualTo(1_000);
        assertThat(chars.toString()).startsWith("abc").endsWith("jkl");
    }

    @Test
    void shouldKeepOnlyThePrefixWhenTruncated() {
        Chars chars = words("vector databases");
        chars.truncate(chars.length() - 1);

        assertThat(chars.toString()).isEqualTo("vector database");
    }

    @Test
    void shouldStartEmptyAgainWhenCleared() {
        Chars chars = words("vector");
        chars.clear();
        chars.addWords("db".toCharArray(), 0, 2);

        assertThat(chars.toString()).isEqualTo("db");
    }

    @Test
    void shouldTellWhetherItHoldsExactlyAString() {
        assertThat(words("Vector DB").is("vector db")).isTrue();
        assertThat(words("Vector DB").is("vector d")).isFalse();
    }

    @Test
    void shouldFindTheLastOccurrenceOfACharacter() {
        assertThat(words("a b c").lastIndexOf(' ')).isEqualTo(3);
        assertThat(words("abc").lastIndexOf(' ')).isEqualTo(-1);
    }
}

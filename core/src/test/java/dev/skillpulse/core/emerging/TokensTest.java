package dev.skillpulse.core.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static Tokens scan(String text) {
        return Tokens.scan(text.toCharArray(), text.length());
    }

    private static List<String> texts(Tokens tokens) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            texts.add(new String(tokens.text(), tokens.start(i), tokens.end(i) - tokens.start(i)));
        }
        return texts;
    }

    @Test
    void shouldPointIntoTheTextAtEachToolShapedWord() {
        assertThat(texts(scan("Use C++, F#, Node.js and .NET with GPT-4."))).containsExactly("Use", "C++", "F#",
                "Node.js", "and", ".NET", "with", "GPT-4");
    }

    @Test
    void shouldKeepTheStrongestSeparatorBeforeEachToken() {
        Tokens tokens = scan("Python, / SQL & Go; Rust");

        assertThat(List.of(tokens.sep(0), tokens.sep(1), tokens.sep(2), tokens.sep(3)))
                .containsExactly(Tokens.START, ',', '&', ';');
    }

    @Test
    void shouldSeeTheParenthesesAroundAnAcronym() {
        Tokens tokens = scan("language models (VLMs) here");

        assertThat(tokens.prev(2)).isEqualTo('(');
        assertThat(tokens.next(2)).isEqualTo(')');
        assertThat(tokens.next(1)).isEqualTo('(');
    }

    @Test
    void shouldSkipAddresses() {
        assertThat(texts(scan("Write to jobs@acme.ai or see https://acme.ai/jobs today")))
                .containsExactly("Write", "to", "or", "see", "today");
    }

    @Test
    void shouldReadOnlyUpToTheGivenLength() {
        char[] text = "Python SQL".toCharArray();

        assertThat(texts(Tokens.scan(text, 6))).containsExactly("Python");
    }
}

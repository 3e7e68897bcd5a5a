package dev.skillpulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void shouldTurnBlockTagsIntoNewlines() {
        assertThat(HtmlText.toText("<ul><li>Python</li><li>SQL</li></ul>")).isEqualTo("\nPython\nSQL\n");
    }

    @Test
    void shouldDropFormattingTagsWithoutSpaces() {
        assertThat(HtmlText.toText("Py<b>Torch</b>")).isEqualTo("PyTorch");
    }

    @Test
    void shouldDecodeNamedAndNumericReferences() {
        assertThat(HtmlText.toText("R&amp;D &#x27;x&#39; a&nbsp;b &ndash;")).isEqualTo("R&D 'x' a b \u2013");
    }

    @Test
    void shouldDropScriptStyleAndComments() {
        assertThat(HtmlText.toText("a<script>x<y</script>b<style>p{}</style>c<!-- d -->e")).isEqualTo("a b ce");
    }

    @Test
    void shouldLeavePlainTextAlone() {
        String text = "3 < 5 and R&D; x > y";
        assertThat(HtmlText.toText(text)).isEqualTo(text);
    }

    @Test
    void shouldKeepAnUnclosedTagAsText() {
        assertThat(HtmlText.toText("a <b and c")).isEqualTo("a <b and c");
    }

    @Test
    void shouldDropInvalidNumericReferencesAsText() {
        assertThat(HtmlText.toText("&#xD800;&#99999999;")).isEqualTo("&#xD800;&#99999999;");
    }
}

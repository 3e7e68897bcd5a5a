package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.TaxonomyOverlay;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code skillpulse promote}: the overlay it writes, the line it prints, and its one-line refusals (status 2). */
class PromoteCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SkillPulse.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void shouldAddTheTermToTheOverlayInTheStateDirAndSayWhatNext() throws Exception {
        Run run = run("promote", "langchain", "--label", "LangChain", "--surface", "LangChain", "--state-dir",
                dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        Path overlay = dir.resolve(TaxonomyOverlay.FILE_NAME);
        assertThat(run.out().lines()).singleElement().asString()
                .contains("promoted 'langchain' (LangChain, tool) into " + overlay, "generation " + Topics.GENERATION + "-",
                        "restart demo on " + dir);
        assertThat(TaxonomyOverlay.load(null, overlay).term("langchain")).hasValueSatisfying(
                t -> assertThat(t.surfaces()).containsExactly("LangChain"));
    }

    @Test
    void shouldRefuseATermOfTheGuideInOneLineWithStatus2() throws Exception {
        Path overlay = dir.resolve("mine.json");
        Run run = run("promote", "python", "--label", "Python", "--overlay", overlay.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("term 'python' is already in the guide's taxonomy", "promote --help");
        assertThat(Files.exists(overlay)).as("nothing written").isFalse();
    }

    @Test
    void shouldRefuseABadTypeNamingTheOption() {
        Run run = run("promote", "langchain", "--label", "LangChain", "--type", "gadget", "--overlay",
                dir.resolve("o.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--type: 'gadget' is not one of");
    }
}

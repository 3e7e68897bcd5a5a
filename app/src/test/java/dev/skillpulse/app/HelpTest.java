package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.core.taxonomy.Taxonomy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code skillpulse --help} and {@code --version}. */
class HelpTest {
    @Test
    void shouldSummarizeEveryCommandInWholeSentencesInTheCommandList() {
        Map<String, String> listed = commandList(run("--help"));

        assertThat(listed.keySet()).contains("demo", "load", "topology", "dashboard", "extract", "generate", "bench",
                "promote");
        CommandLine cli = SkillPulse.commandLine();
        listed.forEach((name, summary) -> {
            assertThat(summary).as(name).endsWith(".");
            // What the list shows is the command's whole first help line, not a part of a longer sentence.
            String[] header = cli.getSubcommands().get(name).getCommandSpec().usageMessage().header();
            String[] description = cli.getSubcommands().get(name).getCommandSpec().usageMessage().description();
            assertThat(summary).as(name).isEqualTo(header.length > 0 ? header[0] : description[0]);
        });
    }

    @Test
    void shouldDocumentTheExitStatusesInTheHelpOfEveryCommand() {
        for (String command : new String[] {"demo", "load", "topology", "dashboard", "extract", "generate", "bench",
            "promote"}) {
            assertThat(run(command, "--help")).as(command)
                    .contains("Exit status:", "  0 ", "  1 ", "  2 ");
        }
    }

    @Test
    void shouldPrintTheVersionAndTheTaxonomyDigest() {
        String version = run("--version");

        assertThat(version).containsPattern("SkillPulse \\d+\\.\\d+\\.\\d+")
                .contains("digest " + Taxonomy.bundled().digest());
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = SkillPulse.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    /** The "Commands:" section of the usage: name → its summary, continuation lines joined. */
    private static Map<String, String> commandList(String usage) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        boolean inCommands = false;
        for (String line : usage.split("\\R")) {
            if (line.startsWith("Commands:")) {
                inCommands = true;
            } else if (inCommands && (line.isBlank() || !line.startsWith(" "))) {
                break;
            } else if (inCommands && line.matches("  \\S.*")) {
                String[] parts = line.strip().split("\\s{2,}", 2);
                current = parts[0];
                summaries.put(current, parts.length > 1 ? parts[1].strip() : "");
            } else if (inCommands && current != null) {
                summaries.put(current, (summaries.get(current) + " " + line.strip()).strip());
            }
        }
        return summaries;
    }
}

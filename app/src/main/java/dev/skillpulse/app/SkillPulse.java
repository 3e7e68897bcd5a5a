package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The one executable: each service or tool is a subcommand. */
@Command(name = "skillpulse",
        mixinStandardHelpOptions = true,
        versionProvider = SkillPulse.Version.class,
        description = "Job-posting skill demand analytics: Kafka, Kafka Streams, PostgreSQL and a dashboard.",
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            ApiBenchCommand.class,
            DemoCommand.class,
            LoadCommand.class,
            TopologyCommand.class,
            DashboardCommand.class,
            ExtractCommand.class,
            PromoteCommand.class,
        })
public final class SkillPulse {
    private static final Logger LOG = LoggerFactory.getLogger(SkillPulse.class);
    static final int FAILED = 1;
    static final int BAD_COMMAND_LINE = 2;

    public static void main(String[] args) {
        // jOOQ prints a banner and a tip on first use: noise in a command-line tool.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a failure is one line on stderr, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SkillPulse());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + Failures.oneLine(e.getMessage())
                    + " (" + command.getCommandSpec().qualifiedName() + " --help lists the options)");
            return BAD_COMMAND_LINE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + Failures.describe(e));
            // The detail goes to the log, off unless asked for (logback.xml: SKILLPULSE_LOG_LEVEL=DEBUG).
            LOG.debug("{} failed", command.getCommandSpec().qualifiedName(), e);
            return FAILED;
        });
        documentExitStatuses(cli);
        return cli;
    }

    private static void documentExitStatuses(CommandLine cli) {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("0", "Done (for services: stopped by Ctrl-C).");
        statuses.put("1", "Failed, said in one line (e.g. Kafka or PostgreSQL unreachable, state dir or port in use).");
        statuses.put("2", "Bad command line (one line says what), or for load: some records rejected (listed).");
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(statuses);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(statuses);
            }
        }
    }

    /** The project version and the bundled taxonomy's version and digest (what the counts were extracted with). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties props = new Properties();
            try (InputStream in = SkillPulse.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            Taxonomy taxonomy = Taxonomy.bundled();
            return new String[] {
                "SkillPulse " + props.getProperty("version", "(unknown version)"),
                "taxonomy version " + taxonomy.version() + ", digest " + taxonomy.digest(),
            };
        }
    }
}

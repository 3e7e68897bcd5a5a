package dev.skillpulse.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one executable: each service or tool is a subcommand. */
@Command(name = "skillpulse",
        mixinStandardHelpOptions = true,
        version = "SkillPulse 0.1.0",
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
        })
public final class SkillPulse {
    public static void main(String[] args) {
        // jOOQ prints a banner and a tip on first use: noise in a command-line tool.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(new CommandLine(new SkillPulse()).execute(args));
    }
}

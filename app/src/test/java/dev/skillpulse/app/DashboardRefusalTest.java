package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillpulse.contract.Fact;
import dev.skillpulse.contract.Topics;
import dev.skillpulse.store.CountWriter;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ScratchDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code dashboard} pointed at another Kafka cluster than the database's counts came from refuses to start with
 * one line naming both and {@code --rebuild}, and leaves the counts as they were.
 */
class DashboardRefusalTest {
    @Test
    void shouldRefuseCountsFromAnotherClusterWithOneLineUnlessAskedToRebuild() throws Exception {
        try (TestKafka kafka = TestKafka.start();
             ScratchDatabase scratch = ScratchDatabase.create("sp_refusal");
             Database db = Database.open(scratch.jdbcUrl())) {
            CountWriter writer = new CountWriter(db.dsl());
            writer.claimSource("another-cluster", Topics.GENERATION, false);
            writer.add(Map.of(Fact.postingsInWeek(LocalDate.of(2024, 3, 4)), 5L), List.of());
            KafkaSetup.createTopics(kafka.bootstrapServers(), 1);

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            int status;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                status = new CommandLine(new SkillPulse()).execute("dashboard", "--bootstrap",
                        kafka.bootstrapServers(), "--jdbc-url", scratch.jdbcUrl(), "--host", "127.0.0.1", "--port", "0");
            } finally {
                System.setErr(original);
            }

            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("dashboard:")))
                    .singleElement().satisfies(line -> assertThat(line)
                            .contains("came from Kafka cluster another-cluster").contains("--rebuild"));
            assertThat(GeneratedCorpus.weeklyIn(db.dsl())).as("counts left as they were").hasSize(1);
        }
    }
}

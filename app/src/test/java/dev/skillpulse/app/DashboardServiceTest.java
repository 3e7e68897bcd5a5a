package dev.skillpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillpulse.contract.Topics;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.ScratchDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardServiceTest {
    @Test
    void shouldFailNamingTheTakenPortAndLeaveNoProjectorRunning() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create("sp_test");
             Database db = Database.open(scratch.jdbcUrl());
             ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            DashboardService service = new DashboardService("127.0.0.1:" + EmbeddedKafka.freePort(), db,
                    Taxonomy.bundled(), DashboardService.Options.of("127.0.0.1", taken.getLocalPort(),
                    Topics.GENERATION, false), Map.of());

            assertThatThrownBy(service::start).isInstanceOf(CommandFailure.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("projector"));
            assertThat(service.projector()).isNull();
            service.close();
        }
    }
}

package dev.skillpulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectorStateTest {
    @Test
    void shouldCatchUpWhileCommittedChangesAreUnread() {
        assertThat(ProjectorState.starting().running(120, 0, 5).health()).isEqualTo("CATCHING_UP");
    }

    @Test
    void shouldBeUpWithNothingLeftToRead() {
        assertThat(ProjectorState.starting().running(0, 0, 5).health()).isEqualTo("UP");
    }

    @Test
    void shouldBeDegradedOnceAChangeWasDeadLettered() {
        assertThat(ProjectorState.starting().running(0, 1, 5).health()).isEqualTo("DEGRADED");
    }

    @Test
    void shouldKeepItsCountsAndGiveTheReasonWhenDown() {
        ProjectorState down = ProjectorState.starting().running(7, 1, 5).down("database: Connection refused");

        assertThat(down.health()).isEqualTo("DOWN");
        assertThat(down.reason()).isEqualTo("database: Connection refused");
        assertThat(down.applied()).isEqualTo(5);
        assertThat(down.deadLetters()).isEqualTo(1);
    }
}

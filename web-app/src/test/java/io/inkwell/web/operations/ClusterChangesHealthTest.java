package io.inkwell.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.changes.ClusterChanges;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

class ClusterChangesHealthTest {

    @Test
    void anInstanceThatDoesNotHearTheOthersIsUnknownNotDown() {
        ClusterChanges notListening = new ClusterChanges(new JdbcTemplate(), "blog_changes");

        Health health = new ClusterChangesHealth(notListening).health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("listening", false).containsEntry("channel", "blog_changes")
                .doesNotContainKeys("listeningSince", "lastReceived");
    }
}

package io.inkwell.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The integrations row of the role table: only an active admin manages API keys and webhooks. */
class ActorIntegrationRightsTest {

    @Test
    void onlyAnActiveAdminManagesApiKeysAndWebhooks() {
        assertThat(new Actor(UUID.randomUUID(), Role.ADMIN).mayManageIntegrations()).isTrue();
        assertThat(new Actor(UUID.randomUUID(), Role.USER).mayManageIntegrations()).isFalse();
        assertThat(new Actor(UUID.randomUUID(), Role.GUEST).mayManageIntegrations()).isFalse();
        assertThat(new Actor(UUID.randomUUID(), Role.ADMIN, UserStatus.SUSPENDED).mayManageIntegrations()).isFalse();
    }
}

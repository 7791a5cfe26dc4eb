package io.inkwell.web.operations;

import io.inkwell.db.changes.ClusterChanges;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code clusterChanges} in the management port's health: whether this instance hears the others' changes, since
 * when, and when it last heard one. Not hearing them is UNKNOWN, not DOWN: pages are still served, only kept
 * copies age out by their time to live instead of at once, so no load balancer should take the instance out.
 */
@Component("clusterChangesHealthIndicator")
class ClusterChangesHealth implements HealthIndicator {

    private final ClusterChanges changes;

    ClusterChangesHealth(ClusterChanges changes) {
        this.changes = changes;
    }

    @Override
    public Health health() {
        ClusterChanges.ListenerState state = changes.state();
        Health.Builder health = state.listening() ? Health.up() : Health.unknown();
        health.withDetail("channel", changes.channel()).withDetail("listening", state.listening());
        state.connectedSince().ifPresent(since -> health.withDetail("listeningSince", since.toString()));
        state.lastReceived().ifPresent(last -> health.withDetail("lastReceived", last.toString()));
        return health.build();
    }
}

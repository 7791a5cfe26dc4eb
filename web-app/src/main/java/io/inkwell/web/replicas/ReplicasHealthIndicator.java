package io.inkwell.web.replicas;

import io.inkwell.db.ReadReplicas;
import io.inkwell.db.ReplicaStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code replicas} component of {@code /actuator/health}: UP while every replica serves reads, DEGRADED while one
 * is down, lagging or no replica at all. DEGRADED is not in the status order, so the site as a whole stays UP: reads
 * fall back to the primary, which is what the site needs (its own {@code db} component). Read from the monitor's last
 * readings, no statement.
 */
class ReplicasHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a replica is skipped; reads it would take go to the primary");

    private final ReadReplicas replicas;

    ReplicasHealthIndicator(ReadReplicas replicas) {
        this.replicas = replicas;
    }

    @Override
    public Health health() {
        boolean allInUse = true;
        Map<String, Object> byUrl = new LinkedHashMap<>();
        for (ReplicaStatus replica : replicas.status()) {
            allInUse &= replica.inUse();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("state", replica.state().name());
            details.put("lagMillis", replica.lag() == null ? null : replica.lag().toMillis());
            details.put("replayed", replica.replayed());
            if (replica.problem() != null) {
                details.put("problem", replica.problem());
            }
            byUrl.put(replica.url(), details);
        }
        return Health.status(allInUse ? Status.UP : DEGRADED).withDetails(byUrl).build();
    }
}

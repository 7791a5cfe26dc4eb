package io.inkwell.db.replicas;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code inkwell.db.read-replica-urls} names at least one replica; blank counts as none. */
class ReplicasConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String urls = context.getEnvironment().getProperty(ReadReplicasAutoConfiguration.URLS, "");
        if (urls.replace(",", "").isBlank()) {
            return ConditionOutcome.noMatch("no read replicas configured");
        }
        return ConditionOutcome.match("read replicas configured");
    }
}

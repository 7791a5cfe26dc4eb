package io.inkwell.db.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database URL is configured (property or environment variable). */
class NoExternalDatabaseCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
        }
        return ConditionOutcome.noMatch("spring.datasource.url is set: using that PostgreSQL");
    }
}

package io.inkwell.web.replicas;

import io.inkwell.db.ReadReplicas;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Present only when {@code INKWELL_READ_REPLICA_URLS} names a replica, as the db module's replica routing is. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${inkwell.db.read-replica-urls:}'.replace(',', '').isBlank()")
class ReplicasConfiguration {

    /**
     * After Spring Session's filter (which must have loaded the session the position may be kept in) and before
     * Spring Security's, whose session check may read the database.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 60;

    @Bean
    FilterRegistrationBean<ReadYourWritesFilter> readYourWritesFilter(ReadReplicas replicas,
            @Value("${inkwell.db.replica-max-lag:5s}") Duration maxLag) {
        FilterRegistrationBean<ReadYourWritesFilter> registration =
                new FilterRegistrationBean<>(new ReadYourWritesFilter(replicas, maxLag));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    ReplicasHealthIndicator replicasHealthIndicator(ReadReplicas replicas) {
        return new ReplicasHealthIndicator(replicas);
    }

    /**
     * Spring Session's transactions, as its own configuration makes them (a new read-write transaction each, so
     * on the primary), named so that saving the session at the end of every signed-in request makes no
     * read-your-writes cookie: it is bookkeeping no read waits for. Not a default candidate: Spring Session asks for
     * it by name, and nothing else (nor Boot's own {@code transactionTemplate}, which stays) should get it by type.
     */
    @Bean(defaultCandidate = false)
    TransactionTemplate springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setName(ReadReplicas.UNTRACKED_TRANSACTION);
        return template;
    }
}

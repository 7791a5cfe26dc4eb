package io.inkwell.db.transactions;

import io.inkwell.db.OneReadOnlyTransaction;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Applies {@link OneReadOnlyTransaction} to the methods that carry it. An infrastructure advisor, like the one behind
 * {@code @Transactional}, so the same auto-proxy creator applies it, with no aspect library needed.
 */
@AutoConfiguration(after = ReadTimeoutAutoConfiguration.class)
public class OneReadOnlyTransactionAutoConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor oneReadOnlyTransactionAdvisor(ObjectProvider<PlatformTransactionManager> transactions) {
        return new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(OneReadOnlyTransaction.class),
                new OneReadOnlyTransactionInterceptor(transactions));
    }
}

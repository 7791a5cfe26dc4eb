package io.inkwell.db.transactions;

import io.inkwell.db.Savepoints;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * The site's transaction manager, in place of Boot's own JDBC one: the same, plus the statement timeout of
 * read-only transactions ({@code inkwell.db.read-timeout}, {@code 0} turns it off); and the one
 * {@link Savepoints} every context uses for writes that may lose a unique-constraint race.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = DataSourceTransactionManagerAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class ReadTimeoutAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(TransactionManager.class)
    ReadTimeoutTransactionManager transactionManager(DataSource dataSource,
            @Value("${inkwell.db.read-timeout:5s}") Duration readTimeout,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        ReadTimeoutTransactionManager manager = new ReadTimeoutTransactionManager(dataSource, readTimeout);
        customizers.ifAvailable(each -> each.customize(manager));
        return manager;
    }

    @Bean
    @ConditionalOnMissingBean
    Savepoints savepoints(PlatformTransactionManager transactions) {
        return new Savepoints(transactions);
    }
}

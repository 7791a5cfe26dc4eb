package io.inkwell.db.replicas;

import com.zaxxer.hikari.HikariDataSource;
import io.inkwell.db.ReadReplicas;
import io.inkwell.db.changes.ClusterChanges;
import io.inkwell.db.transactions.ReadTimeoutAutoConfiguration;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Read replicas, only when {@code inkwell.db.read-replica-urls} ({@code INKWELL_READ_REPLICA_URLS}) names some: the
 * site's DataSource (Boot's or the embedded one, a Hikari pool on the primary) is wrapped so that read-only
 * transactions go to a replica. Everything else keeps the primary: Flyway and Spring Session (whose transactions are
 * read-write) included. With no replicas configured this configuration does not exist and the DataSource is the pool.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = ReadTimeoutAutoConfiguration.class)
@Conditional(ReplicasConfiguredCondition.class)
public class ReadReplicasAutoConfiguration {

    static final String URLS = "inkwell.db.read-replica-urls";

    @Bean(destroyMethod = "close")
    ReplicaSet readReplicas(Environment environment, ObjectProvider<ReplicaProbe> probe) {
        List<String> urls = Arrays.stream(environment.getRequiredProperty(URLS).split(","))
                .map(String::strip).filter(url -> !url.isEmpty()).toList();
        for (String url : urls) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("INKWELL_READ_REPLICA_URLS: \"" + Replica.withoutPassword(url)
                        + "\" is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
        }
        Duration maxLag = environment.getProperty("inkwell.db.replica-max-lag", Duration.class, Duration.ofSeconds(5));
        Duration poll = environment.getProperty("inkwell.db.replica-poll-interval", Duration.class, Duration.ofMillis(250));
        if (maxLag.isNegative() || maxLag.isZero()) {
            throw new IllegalArgumentException("INKWELL_REPLICA_MAX_LAG must be longer than 0, such as 5s");
        }
        return new ReplicaSet(urls, maxLag, poll, probe.getIfAvailable(PostgresReplicaProbe::new));
    }

    /** Wraps the primary's pool, the bean {@code dataSource}, once it is made; the replicas then live as long as it. */
    @Bean
    static BeanPostProcessor readReplicaRouting(ObjectProvider<ReplicaSet> replicas) {
        return new RoutingWrapper(replicas);
    }

    /**
     * A notice that another instance wrote holds this instance's reads on the primary until the replicas have
     * replayed it, so the caches the notice empties are not refilled with pages older than the change.
     */
    @Bean
    SmartInitializingSingleton readReplicasHearOtherInstances(ReplicaSet replicas, ObjectProvider<ClusterChanges> changes) {
        return () -> changes.ifAvailable(known -> known.beforeEveryChange(replicas::writtenElsewhere));
    }

    /** Hears every commit: a read-write transaction's commit moves what later reads must see. */
    @Bean
    TransactionExecutionListener readReplicaWrites(ReplicaSet replicas) {
        return new TransactionExecutionListener() {
            @Override
            public void afterCommit(TransactionExecution transaction, Throwable failure) {
                if (failure == null && transaction.hasTransaction() && transaction.isNewTransaction()
                        && !transaction.isReadOnly()
                        && !ReadReplicas.UNTRACKED_TRANSACTION.equals(transaction.getTransactionName())) {
                    replicas.committedWrite();
                }
            }
        };
    }

    private static final class RoutingWrapper implements BeanPostProcessor, BeanFactoryAware {

        private final ObjectProvider<ReplicaSet> replicas;
        private ConfigurableBeanFactory beanFactory;

        RoutingWrapper(ObjectProvider<ReplicaSet> replicas) {
            this.replicas = replicas;
        }

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = (ConfigurableBeanFactory) beanFactory;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
            if (!"dataSource".equals(beanName) || !(bean instanceof javax.sql.DataSource)) {
                return bean;
            }
            if (!(bean instanceof HikariDataSource primary)) {
                throw new IllegalStateException("INKWELL_READ_REPLICA_URLS needs the site's own Hikari pool as the "
                        + "DataSource, found " + bean.getClass().getName());
            }
            ReplicaSet set = replicas.getObject();
            ReplicaRoutingDataSource routing = new ReplicaRoutingDataSource(primary, set);
            set.start(primary, routing);
            // The DataSource closes before the replicas (and their monitor) do.
            beanFactory.registerDependentBean("readReplicas", beanName);
            return routing;
        }
    }
}

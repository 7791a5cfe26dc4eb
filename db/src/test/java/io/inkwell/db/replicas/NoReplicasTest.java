package io.inkwell.db.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.inkwell.db.DbTestApplication;
import io.inkwell.db.ReadReplicas;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** With no replicas configured (blank, as the web app's default is), the site's DataSource is its pool, as ever. */
@SpringBootTest(classes = DbTestApplication.class, properties = "inkwell.db.read-replica-urls= , ")
class NoReplicasTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theDataSourceIsThePrimarysOwnPoolAndNothingElseIsThere() {
        assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
        assertThat(context.getBean(DataSource.class)).isExactlyInstanceOf(HikariDataSource.class);
        assertThat(context.getBeanNamesForType(ReadReplicas.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReplicaProbe.class)).isEmpty();
    }
}

package io.inkwell.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real database: a write that hits a unique constraint under the savepoint rolls back only itself, and
 * the caller's transaction goes on and commits. The table is a temporary one of the test's transaction, so
 * the test touches no context's tables.
 */
@SpringBootTest(classes = DbTestApplication.class)
class SavepointsTest {

    @Autowired
    Savepoints savepoints;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUniqueViolationRollsBackOnlyTheWriteUnderTheSavepoint() {
        List<String> names = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("create temporary table savepoint_probe (name text unique) on commit drop");
            jdbc.update("insert into savepoint_probe values ('taken')");

            boolean clashed = savepoints.tryUnique(() -> {
                jdbc.update("insert into savepoint_probe values ('inner')");
                jdbc.update("insert into savepoint_probe values ('taken')");
            });
            boolean written = savepoints.tryUnique(() -> jdbc.update("insert into savepoint_probe values ('next')"));

            assertThat(clashed).isFalse();
            assertThat(written).isTrue();
            return jdbc.queryForList("select name from savepoint_probe order by name", String.class);
        });

        assertThat(names).containsExactly("next", "taken");
    }

}

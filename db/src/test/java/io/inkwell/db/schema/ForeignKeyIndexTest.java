package io.inkwell.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.db.test.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key needs an index led by its columns: without one, deleting or updating a parent
 * row scans the whole child table, and joins from the parent side cannot use an index.
 */
class ForeignKeyIndexTest {

    private static final String FOREIGN_KEYS_WITHOUT_INDEX = """
            select c.conrelid::regclass || '.' || c.conname
              from pg_constraint c
             where c.contype = 'f'
               and c.connamespace = 'public'::regnamespace
               and not exists (
                     select 1
                       from pg_index i
                      where i.indrelid = c.conrelid
                        and i.indpred is null
                        and (select array_agg(k order by k) from unnest(i.indkey[0:cardinality(c.conkey) - 1]) k)
                            = (select array_agg(k order by k) from unnest(c.conkey) k))
             order by 1""";

    @Test
    void everyForeignKeyIsLedByAnIndex() throws Exception {
        List<String> unindexed = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(FOREIGN_KEYS_WITHOUT_INDEX)) {
            while (rows.next()) {
                unindexed.add(rows.getString(1));
            }
        }
        assertThat(unindexed).as("foreign keys without a leading index").isEmpty();
    }

    @Test
    void theCheckItselfNoticesAnUnindexedForeignKey() throws Exception {
        try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create table fk_probe (id int primary key, user_id uuid references users (id))");
            List<String> unindexed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(FOREIGN_KEYS_WITHOUT_INDEX)) {
                while (rows.next()) {
                    unindexed.add(rows.getString(1));
                }
            }
            connection.rollback();
            assertThat(unindexed).containsExactly("fk_probe.fk_probe_user_id_fkey");
        }
    }
}

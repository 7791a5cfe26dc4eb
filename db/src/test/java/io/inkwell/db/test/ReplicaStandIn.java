package io.inkwell.db.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database that stands in for a read replica in tests (streaming replication is too heavy to set up there): an
 * empty database of the test server, so {@code current_database()} tells which one answered a read. PostgreSQL's
 * own replay functions say it is no replica; tests of routing give a probe that says otherwise.
 */
public final class ReplicaStandIn {

    public static final String DATABASE = "inkwell_replica_stand_in";

    /** A replica URL on a closed port, with a password that must never be shown. */
    public static final String DEAD_REPLICA_URL = "jdbc:postgresql://127.0.0.1:1/nothing?password=hidden";

    private ReplicaStandIn() {
    }

    /** Configures two read replicas for a test's context: this stand-in, then one that is down throughout. */
    public static void registerWithDeadReplica(DynamicPropertyRegistry registry) {
        registry.add("inkwell.db.read-replica-urls", () -> url() + "," + DEAD_REPLICA_URL);
    }

    /** Its JDBC URL, the database made on first use. */
    public static synchronized String url() {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the replica stand-in database", e);
        }
        return database.jdbcUrlFor(DATABASE);
    }
}

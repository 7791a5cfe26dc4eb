package io.inkwell.db.replicas;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The site's DataSource when read replicas are configured: the primary's pool behind a
 * {@link LazyConnectionDataSourceProxy} whose read-only connections come from a replica.
 *
 * <p>Routing on the connection's read-only flag rather than on
 * {@code TransactionSynchronizationManager.isCurrentTransactionReadOnly()}: the transaction manager marks the
 * connection read-only as the transaction begins, while the synchronization flag is set only after the begin, so a
 * statement issued during a begin would fetch the real connection with the flag not yet set. The proxy fetches the
 * real connection at the first statement, from the primary for anything but a read-only transaction.
 */
final class ReplicaRoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

    private final HikariDataSource primary;

    ReplicaRoutingDataSource(HikariDataSource primary, ReplicaSet replicas) {
        super(primary);
        this.primary = primary;
        // Known defaults, so building the proxy asks the database nothing (Hikari's defaults, PostgreSQL's default).
        setDefaultAutoCommit(primary.isAutoCommit());
        setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        setReadOnlyDataSource(new ReadOnlyTarget(primary, replicas));
    }

    HikariDataSource primary() {
        return primary;
    }

    @Override
    public void close() {
        primary.close();
    }

    /** A replica chosen for this read, or the primary; a replica whose pool cannot give a connection is marked down. */
    private static final class ReadOnlyTarget extends AbstractDataSource {

        private static final int LIVENESS_TIMEOUT_SECONDS = 1;

        private final HikariDataSource primary;
        private final ReplicaSet replicas;

        ReadOnlyTarget(HikariDataSource primary, ReplicaSet replicas) {
            this.primary = primary;
            this.replicas = replicas;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Replica replica = replicas.replicaForRead();
            if (replica == null) {
                return primary.getConnection();
            }
            Connection connection;
            try {
                connection = replica.pool().getConnection();
            } catch (SQLException unreachable) {
                replica.markDown("no connection: " + unreachable.getMessage());
                return primary.getConnection();
            }
            // A replica that stops closes every pooled connection at once, and the pool checks a connection only
            // when it has been idle: without this round trip (an empty query, no statement) every read already
            // under way when a replica stops would fail, and a proxy seeing several failures takes the instance out.
            if (!alive(connection)) {
                replica.markDown("a pooled connection was closed");
                replica.pool().getHikariPoolMXBean().softEvictConnections();
                close(connection);
                return primary.getConnection();
            }
            return connection;
        }

        private static boolean alive(Connection connection) {
            try {
                return connection.isValid(LIVENESS_TIMEOUT_SECONDS);
            } catch (SQLException e) {
                return false;
            }
        }

        private static void close(Connection connection) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken: the pool drops it.
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("Read replicas are reached with the primary's credentials or those in their URL");
        }
    }
}

package io.inkwell.db.changes;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the listening connection: outside any pool, to the primary. */
@FunctionalInterface
interface ListenerConnections {

    Connection open() throws SQLException;
}

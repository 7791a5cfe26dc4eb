package io.inkwell.db.replicas;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;

/** The user and password a replica is reached with; the URL's own {@code user=}/{@code password=} win over them. */
final class HikariCredentials {

    private HikariCredentials() {
    }

    static void copy(HikariDataSource pool, Properties properties) {
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
    }
}

package io.inkwell.posts.internal;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL arrays as Java arrays for the posts context's rows: {@code uuid[]} as {@code UUID[]} and
 * {@code text[]} as {@code String[]} (a revision's categories and tags, an autosave's categories). MyBatis has no
 * handler that names the element type to the driver, so these do.
 */
@Configuration(proxyBeanMethods = false)
class ArrayTypeHandlers {

    @Bean
    ConfigurationCustomizer postArrayTypeHandlers() {
        return configuration -> {
            configuration.getTypeHandlerRegistry().register(UUID[].class, new Handler<>("uuid", UUID[].class));
            configuration.getTypeHandlerRegistry().register(String[].class, new Handler<>("text", String[].class));
        };
    }

    static final class Handler<T> extends BaseTypeHandler<T> {

        private final String elementType;
        private final Class<T> arrayType;

        Handler(String elementType, Class<T> arrayType) {
            this.elementType = elementType;
            this.arrayType = arrayType;
        }

        @Override
        public void setNonNullParameter(PreparedStatement statement, int index, T parameter, JdbcType jdbcType)
                throws SQLException {
            statement.setArray(index, statement.getConnection().createArrayOf(elementType, (Object[]) parameter));
        }

        @Override
        public T getNullableResult(ResultSet rows, String column) throws SQLException {
            return of(rows.getArray(column));
        }

        @Override
        public T getNullableResult(ResultSet rows, int column) throws SQLException {
            return of(rows.getArray(column));
        }

        @Override
        public T getNullableResult(CallableStatement call, int column) throws SQLException {
            return of(call.getArray(column));
        }

        private T of(Array array) throws SQLException {
            if (array == null) {
                return null;
            }
            try {
                return arrayType.cast(array.getArray());
            } finally {
                array.free();
            }
        }
    }
}

package io.inkwell.db.mybatis;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Ids as one {@code uuid[]} parameter: {@code where id = any(#{ids,typeHandler=io.inkwell.db.mybatis.UuidArrayTypeHandler})}.
 * In place of {@code in (<foreach>)} on the pages' hot reads: a {@code <foreach>} makes the statement dynamic, so
 * MyBatis evaluates and parses it anew at every execution (6% of a listing page's CPU for its two id lists), and each
 * list length is a different statement to PostgreSQL. One array keeps the statement text fixed: parsed once by MyBatis,
 * prepared once per connection by the driver. PostgreSQL reads {@code in (…)} as {@code = any(array)} anyway, so the
 * plan is the same index scan. An empty collection matches nothing.
 */
public class UuidArrayTypeHandler extends BaseTypeHandler<Collection<UUID>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Collection<UUID> ids, JdbcType jdbcType)
            throws SQLException {
        Array array = ps.getConnection().createArrayOf("uuid", ids.toArray());
        ps.setArray(i, array);
    }

    @Override
    public Collection<UUID> getNullableResult(ResultSet rs, String columnName) {
        throw new UnsupportedOperationException("uuid arrays are parameters only");
    }

    @Override
    public Collection<UUID> getNullableResult(ResultSet rs, int columnIndex) {
        throw new UnsupportedOperationException("uuid arrays are parameters only");
    }

    @Override
    public Collection<UUID> getNullableResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException("uuid arrays are parameters only");
    }
}

package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** A {@link Refusal} in a {@code jsonb} column, as {@link RefusalJson} writes it. */
class RefusalTypeHandler extends BaseTypeHandler<Refusal> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Refusal parameter, JdbcType jdbcType) throws SQLException {
        // Types.OTHER: the driver sends the text untyped, and PostgreSQL reads it as the column's jsonb.
        ps.setObject(i, RefusalJson.write(parameter), Types.OTHER);
    }

    @Override
    public Refusal getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public Refusal getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public Refusal getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private static Refusal read(String json) {
        return json == null ? null : RefusalJson.read(json);
    }
}

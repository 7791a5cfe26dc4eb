package io.inkwell.db.test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan PostgreSQL chooses for a mapper statement with real parameter values, with sequential and bitmap
 * scans priced out: a test table of a few rows would otherwise be read whole, whatever the indexes. Call it
 * inside a test's transaction (the settings are {@code set local}).
 */
public final class StatementPlans {

    private StatementPlans() {
    }

    /** {@code parameter} as MyBatis gets it: a {@code Map} of the {@code @Param} names for several. */
    public static String plan(SqlSessionFactory sessions, JdbcTemplate jdbc, Class<?> mapper, String statement, Object parameter) {
        Configuration configuration = sessions.getConfiguration();
        BoundSql bound = configuration.getMappedStatement(mapper.getName() + "." + statement).getBoundSql(parameter);
        MetaObject values = configuration.newMetaObject(parameter);
        List<Object> arguments = new ArrayList<>();
        for (ParameterMapping mapping : bound.getParameterMappings()) {
            String property = mapping.getProperty();
            Object value = bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
                    : values.getValue(property);
            arguments.add(value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
        jdbc.execute("set local enable_seqscan = off");
        jdbc.execute("set local enable_bitmapscan = off");
        return String.join("\n", jdbc.queryForList("explain " + bound.getSql(), String.class, arguments.toArray()));
    }
}

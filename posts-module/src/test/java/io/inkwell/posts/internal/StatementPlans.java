package io.inkwell.posts.internal;

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
 * The plan PostgreSQL chooses for a mapper statement with real parameter values, with sequential scans, and
 * (unless asked for) bitmap scans and sorts, priced out: a test table of a few rows would otherwise be read whole
 * and sorted, whatever the indexes, and which of the two a planner picks then depends on statistics other tests
 * left behind. A sort still shows in the plan when no index can give the order.
 */
final class StatementPlans {

    private StatementPlans() {
    }

    /** {@code parameter} as MyBatis gets it: a {@code Map} of the {@code @Param} names for several. */
    static String plan(SqlSessionFactory sessions, JdbcTemplate jdbc, Class<?> mapper, String statement, Object parameter) {
        jdbc.execute("set local enable_bitmapscan = off");
        jdbc.execute("set local enable_sort = off");
        return planWithBitmapScans(sessions, jdbc, mapper, statement, parameter);
    }

    /**
     * The plan with bitmap scans allowed, for statements a GIN index serves: PostgreSQL reads a GIN index only
     * through a bitmap scan. The caller gives the table statistics (ANALYZE) that make the index the cheap way.
     */
    static String planWithBitmapScans(SqlSessionFactory sessions, JdbcTemplate jdbc, Class<?> mapper, String statement,
                                      Object parameter) {
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
        return String.join("\n", jdbc.queryForList("explain " + bound.getSql(), String.class, arguments.toArray()));
    }
}

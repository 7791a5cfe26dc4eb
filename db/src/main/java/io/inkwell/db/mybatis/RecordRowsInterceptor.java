package io.inkwell.db.mybatis;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.type.TypeHandler;

/**
 * Maps the rows of a statement whose result type is a record with a plan worked out once per statement and column
 * list, instead of matching every constructor parameter against every column on every row.
 *
 * <p>MyBatis' constructor auto-mapping by argument name looks up the parameters and their {@code @Param}
 * annotations and compares each with each column name (underscores removed) for every row: a post page's 100
 * comments of 20 columns made 40,000 such comparisons. The plan here makes the same choices (the first column whose
 * name, without underscores, equals the parameter's name ignoring case; the type handler MyBatis would pick for that
 * column; a row of nothing but nulls is a null element) and then reads each value by column index. Anything else,
 * or a record whose parameters do not all have a column, goes to MyBatis unchanged, so its errors stay its own.
 */
@Intercepts(@Signature(type = ResultSetHandler.class, method = "handleResultSets", args = Statement.class))
public class RecordRowsInterceptor implements Interceptor {

    private static final Field MAPPED_STATEMENT = field("mappedStatement");
    private static final Field RESULT_HANDLER = field("resultHandler");
    private static final Field ROW_BOUNDS = field("rowBounds");

    private final Map<PlanKey, RowPlan> plans = new ConcurrentHashMap<>();

    /** Per statement: its record result map, or empty when MyBatis maps its rows itself. */
    private final Map<MappedStatement, Optional<ResultMap>> recordMaps = new ConcurrentHashMap<>();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (!(invocation.getTarget() instanceof DefaultResultSetHandler handler)) {
            return invocation.proceed();
        }
        MappedStatement statement = (MappedStatement) MAPPED_STATEMENT.get(handler);
        Configuration configuration = statement.getConfiguration();
        ResultMap resultMap = recordMaps.computeIfAbsent(statement,
                mapped -> Optional.ofNullable(plainRecordResultMap(mapped, configuration))).orElse(null);
        if (resultMap == null || RESULT_HANDLER.get(handler) != null || !isWholeResult((RowBounds) ROW_BOUNDS.get(handler))) {
            return invocation.proceed();
        }
        ResultSet rows = ((Statement) invocation.getArgs()[0]).getResultSet();
        if (rows == null) {
            return invocation.proceed();
        }
        RowPlan plan = planFor(statement, resultMap.getType(), rows, configuration);
        if (plan == null) {
            return invocation.proceed();
        }
        try (rows) {
            return plan.readAll(rows, configuration);
        }
    }

    /** The statement's one result map when it is a bare record type MyBatis would auto-map by argument name. */
    private static ResultMap plainRecordResultMap(MappedStatement statement, Configuration configuration) {
        if (!configuration.isArgNameBasedConstructorAutoMapping() || statement.getResultSets() != null
                || statement.getResultMaps().size() != 1
                || configuration.getAutoMappingBehavior() == AutoMappingBehavior.NONE) {
            return null;
        }
        ResultMap resultMap = statement.getResultMaps().get(0);
        Class<?> type = resultMap.getType();
        boolean plain = type.isRecord() && resultMap.getResultMappings().isEmpty() && resultMap.getDiscriminator() == null
                && !resultMap.hasNestedResultMaps() && !resultMap.hasNestedQueries()
                && !Boolean.FALSE.equals(resultMap.getAutoMapping())
                && type.getDeclaredConstructors().length == 1 && type.getDeclaredConstructors()[0].getParameterCount() > 0
                && !configuration.getTypeHandlerRegistry().hasTypeHandler(type);
        return plain ? resultMap : null;
    }

    private static boolean isWholeResult(RowBounds bounds) {
        return bounds == null || bounds.getOffset() == RowBounds.NO_ROW_OFFSET && bounds.getLimit() == RowBounds.NO_ROW_LIMIT;
    }

    private RowPlan planFor(MappedStatement statement, Class<?> type, ResultSet rows, Configuration configuration)
            throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        String[] labels = new String[columns.getColumnCount()];
        int[] types = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = configuration.isUseColumnLabel() ? columns.getColumnLabel(i + 1) : columns.getColumnName(i + 1);
            types[i] = columns.getColumnType(i + 1);
        }
        PlanKey key = new PlanKey(statement.getId(), List.of(labels), Arrays.stream(types).boxed().toList());
        RowPlan plan = plans.get(key);
        if (plan == null) {
            plan = RowPlan.of(type, labels, new ResultSetWrapper(rows, configuration), configuration);
            if (plan == null) {
                return null;
            }
            plans.putIfAbsent(key, plan);
        }
        return plan;
    }

    private static Field field(String name) {
        try {
            Field field = DefaultResultSetHandler.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MyBatis' DefaultResultSetHandler has no field " + name, e);
        }
    }

    private record PlanKey(String statementId, List<String> labels, List<Integer> types) {
    }

    /** For each constructor parameter in order: the column index it is read from and the handler reading it. */
    private record RowPlan(Class<?> type, List<Class<?>> parameterTypes, int[] columnIndexes, TypeHandler<?>[] handlers) {

        static RowPlan of(Class<?> type, String[] labels, ResultSetWrapper wrapper, Configuration configuration) {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            Parameter[] parameters = constructor.getParameters();
            int[] indexes = new int[parameters.length];
            TypeHandler<?>[] handlers = new TypeHandler<?>[parameters.length];
            for (int p = 0; p < parameters.length; p++) {
                int column = columnOf(parameterName(parameters[p]), labels, configuration.isMapUnderscoreToCamelCase());
                if (column < 0) {
                    return null;
                }
                indexes[p] = column + 1;
                handlers[p] = wrapper.getTypeHandler(parameters[p].getType(), labels[column]);
            }
            return new RowPlan(type, List.of(constructor.getParameterTypes()), indexes, handlers);
        }

        private static String parameterName(Parameter parameter) {
            Param named = parameter.getAnnotation(Param.class);
            return named == null ? parameter.getName() : named.value();
        }

        private static int columnOf(String parameterName, String[] labels, boolean underscoresToCamelCase) {
            for (int i = 0; i < labels.length; i++) {
                String label = underscoresToCamelCase ? labels[i].replace("_", "") : labels[i];
                if (parameterName.equalsIgnoreCase(label)) {
                    return i;
                }
            }
            return -1;
        }

        List<Object> readAll(ResultSet rows, Configuration configuration) throws SQLException {
            List<Object> result = new ArrayList<>();
            while (rows.next()) {
                Object[] values = new Object[handlers.length];
                boolean anyValue = false;
                for (int i = 0; i < handlers.length; i++) {
                    values[i] = handlers[i].getResult(rows, columnIndexes[i]);
                    anyValue |= values[i] != null;
                }
                result.add(anyValue || configuration.isReturnInstanceForEmptyRow()
                        ? configuration.getObjectFactory().create(type, parameterTypes, Arrays.asList(values))
                        : null);
            }
            return result;
        }
    }
}

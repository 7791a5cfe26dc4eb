package io.inkwell.db.test;

import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Counts the JDBC statements MyBatis prepares on the thread that last called {@link #reset}, so a test can
 * say "one statement" and mean it. Statements of other threads (the view-count flush, a concurrent test
 * helper) are not the test's and are not counted: counting them made budgets fail by timing.
 *
 * <pre>{@code
 * StatementCounter statements = StatementCounter.installedIn(sqlSessionFactory);
 * statements.reset();
 * mvc.perform(get("/"));
 * assertThat(statements.count()).isLessThanOrEqualTo(6);
 * }</pre>
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public final class StatementCounter implements Interceptor {

    private static final StatementCounter INSTANCE = new StatementCounter();

    private final List<String> statementIds = new CopyOnWriteArrayList<>();
    private final Set<Connection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile Thread countedThread;

    private StatementCounter() {
    }

    /** The one counter, added to this factory's interceptors the first time (a cached context keeps it). */
    public static StatementCounter installedIn(SqlSessionFactory sessions) {
        synchronized (INSTANCE) {
            if (!sessions.getConfiguration().getInterceptors().contains(INSTANCE)) {
                sessions.getConfiguration().addInterceptor(INSTANCE);
            }
        }
        return INSTANCE;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (Thread.currentThread() == countedThread) {
            Object id = SystemMetaObject.forObject(invocation.getTarget()).getValue("delegate.mappedStatement.id");
            statementIds.add(String.valueOf(id));
            connections.add((Connection) invocation.getArgs()[0]);
        }
        return invocation.proceed();
    }

    /** Starts counting afresh, on the calling thread only. */
    public void reset() {
        countedThread = Thread.currentThread();
        statementIds.clear();
        connections.clear();
    }

    public int count() {
        return statementIds.size();
    }

    /** How many of the counted statements were the mapped statement {@code id} (namespace + "." + method). */
    public int countOf(String id) {
        return (int) statementIds.stream().filter(id::equals).count();
    }

    /**
     * How many transactions the counted statements ran in: a transaction keeps one connection to its end, and the
     * pool hands out a new connection object at every borrow, so each distinct connection is one transaction.
     */
    public int transactions() {
        return connections.size();
    }

    /** The ids of the counted statements, in order: what a failing budget prints. */
    public List<String> statementIds() {
        return List.copyOf(statementIds);
    }
}

package io.inkwell.comments;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;

/** Counts the JDBC statements MyBatis prepares, so tests can say "one statement" and mean it. */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public class StatementCounter implements Interceptor {

    private final AtomicInteger prepared = new AtomicInteger();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        prepared.incrementAndGet();
        return invocation.proceed();
    }

    public void reset() {
        prepared.set(0);
    }

    public int count() {
        return prepared.get();
    }
}

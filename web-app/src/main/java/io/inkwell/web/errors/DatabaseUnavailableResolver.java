package io.inkwell.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, pages answer 503 with a friendly page instead of a 500. The
 * connection pool reconnects on its own when the database returns, so nothing needs restarting.
 * Whatever the layer that noticed (pool, transaction begin, a statement on a dropped connection), the
 * cause chain tells: a connection failure, or an SQLSTATE of class 08 (connection exception), also
 * when a failed rollback on the dead connection hides the original failure.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    private static final String QUERY_CANCELED = "57014";
    private static final String BUSY_RETRY_AFTER_SECONDS = "5";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (isStatementCancelled(exception)) {
            return busy(request, response);
        }
        if (!isDatabaseUnreachable(exception)) {
            return null;
        }
        log.warn("Database unavailable while serving {}: {}", request.getRequestURI(), exception.getMessage());
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /**
     * A read ran past the statement timeout of read-only transactions ({@code inkwell.db.read-timeout}) and
     * PostgreSQL cancelled it (SQLSTATE 57014): the site is busy, not broken, so 503 "try again" rather than 500.
     */
    static boolean isStatementCancelled(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ModelAndView busy(HttpServletRequest request, HttpServletResponse response) {
        log.warn("A statement ran past the read timeout while serving {}", request.getRequestURI());
        response.setHeader(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
        ModelAndView page = new ModelAndView("error/busy");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollbackFailure
                    && rollbackFailure.getApplicationException() != null
                    && isDatabaseUnreachable(rollbackFailure.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

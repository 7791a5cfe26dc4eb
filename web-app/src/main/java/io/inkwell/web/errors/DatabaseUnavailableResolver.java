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
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, pages answer 503 with a friendly page instead of a 500. The
 * connection pool reconnects on its own when the database returns, so nothing needs restarting.
 * Whatever the layer that noticed (pool, transaction begin, a statement on a dropped connection), the
 * cause chain tells: a connection failure, an SQLSTATE of class 08 (connection exception) or 57P
 * (server shutting down, crashed, or still starting up), also when a failed rollback on the dead
 * connection hides the original failure. A commit or rollback that failed on a connection the pool had
 * already closed carries no SQLSTATE at all: its outcome is unknown to us, so it is an outage too, never a 500.
 * Failures thrown by servlet filters (the signed-in session check) never reach a resolver:
 * {@link DatabaseUnavailableFilter} answers those.
 */
@Component
public class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    private static final String QUERY_CANCELED = "57014";
    private static final String BUSY_RETRY_AFTER_SECONDS = "5";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null; // The Content API answers in JSON, problems included (io.inkwell.web.api).
        }
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
     * A read ran past the deadline of read-only transactions ({@code inkwell.db.read-timeout}): PostgreSQL
     * cancelled the statement running at it (SQLSTATE 57014), or the next statement was refused before it
     * started. The site is busy, not broken, so 503 "try again" rather than 500.
     */
    public static boolean isStatementCancelled(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())
                    || cause instanceof TransactionTimedOutException) {
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

    public static boolean isDatabaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException endFailure && (endedOnALostConnection(endFailure)
                    || endFailure.getApplicationException() != null
                            && isDatabaseUnreachable(endFailure.getApplicationException()))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The JDBC commit or rollback itself failed without an SQLSTATE: the connection was gone. */
    private static boolean endedOnALostConnection(TransactionSystemException failure) {
        return failure.getCause() instanceof SQLException sql && sql.getSQLState() == null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

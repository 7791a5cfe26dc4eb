package io.inkwell.web.api;

import io.inkwell.web.errors.DatabaseUnavailableResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every exception of a request under {@code /api/} becomes a problem, whichever layer threw it: the controllers'
 * {@link ApiException}s, Spring MVC's own (no such endpoint, wrong method, a parameter of the wrong type), the
 * database away or too slow (503, as the site's pages), and anything else (500, logged, with no detail). It runs
 * before every other resolver, so no API request ever gets one of the site's pages.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    private final ApiProblems problems = new ApiProblems();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            answer(request, response, exception);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception exception) throws IOException {
        if (exception instanceof ApiException refused) {
            problems.write(request, response, refused.status(), refused.getMessage());
        } else if (exception instanceof NoResourceFoundException) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "There is no such endpoint; the endpoints are described at "
                    + "/api/v1/openapi.json.");
        } else if (exception instanceof HttpRequestMethodNotSupportedException method) {
            if (method.getSupportedHttpMethods() != null) {
                response.setHeader(HttpHeaders.ALLOW, method.getSupportedHttpMethods().stream().map(HttpMethod::name)
                        .collect(Collectors.joining(", ")));
            }
            problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "The Content API is read-only: "
                    + method.getMethod() + " is not answered here.");
        } else if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "The parameter \"" + mismatch.getName() + "\" is not "
                    + (Number.class.isAssignableFrom(wrapped(mismatch.getRequiredType())) ? "a whole number." : "what it should be."));
        } else if (exception instanceof MissingServletRequestParameterException missing) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "The parameter \"" + missing.getParameterName() + "\" is needed.");
        } else if (exception instanceof HttpMediaTypeNotAcceptableException) {
            problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "The Content API answers in JSON only.");
        } else if (exception instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            problems.write(request, response, code, status.getReason() == null ? code.getReasonPhrase() + "." : status.getReason());
        } else if (DatabaseUnavailableResolver.isStatementCancelled(exception)
                || DatabaseUnavailableResolver.isDatabaseUnreachable(exception)) {
            log.warn("Database unavailable or too slow while serving {}: {}", request.getRequestURI(), exception.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Busy right now: try again in a few seconds.");
        } else {
            log.error("The Content API failed on {}", request.getRequestURI(), exception);
            problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
        }
    }

    private static Class<?> wrapped(Class<?> type) {
        if (type == int.class || type == long.class) {
            return Number.class;
        }
        return type == null ? Object.class : type;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

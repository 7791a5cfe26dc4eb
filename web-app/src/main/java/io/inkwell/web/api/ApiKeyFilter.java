package io.inkwell.web.api;

import io.inkwell.integrations.ApiClient;
import io.inkwell.integrations.ApiKeys;
import io.inkwell.web.errors.DatabaseUnavailableResolver;
import io.inkwell.web.limits.ApiRequestLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is asking the Content API, in the API's security chain: the key of {@code Authorization: Bearer …} (or of
 * the {@code Inkwell-Api-Key} header) is looked up (one statement, which also records its use), then held to its
 * browser origins and its rate limit. A request without a key goes on unauthenticated, for the chain to refuse
 * (or to serve the public OpenAPI description); an unknown or revoked key is refused here, 401. CORS preflights
 * are answered here too, before any key is asked for, since browsers send them without one.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Inkwell-Api-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final ApiRequestLimit limit;
    private final ApiProblems problems = new ApiProblems();
    private final ApiCors cors = new ApiCors();

    ApiKeyFilter(ApiKeys keys, ApiRequestLimit limit) {
        this.keys = keys;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (CorsUtils.isPreFlightRequest(request)) {
                preflight(request, response);
                return;
            }
            Optional<String> key = keyOf(request);
            if (key.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            Optional<ApiClient> client = keys.authenticate(key.get());
            if (client.isEmpty()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"inkwell\", error=\"invalid_token\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "This API key is unknown or has been revoked.");
                return;
            }
            if (CorsUtils.isCorsRequest(request) && !cors.allow(client.get().allowedOrigins(), request, response)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "Pages of " + request.getHeader(HttpHeaders.ORIGIN)
                        + " may not use this key: an admin can add the origin to the key's allowed origins at /admin/api-keys.");
                return;
            }
            Optional<Duration> wait = limit.take(client.get().keyId());
            if (wait.isPresent()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests with this key: try again in "
                        + wait.get().toSeconds() + " seconds.");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiKeyAuthentication(client.get()));
            SecurityContextHolder.setContext(context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailableResolver.isDatabaseUnreachable(e) && !DatabaseUnavailableResolver.isStatementCancelled(e)) {
                throw e;
            }
            log.warn("Database unavailable while checking an API key: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Busy right now: try again in a few seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    private void preflight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        List<String> allowed = keys.anyKeyAllowsOrigin(origin) ? List.of(origin) : List.of();
        if (!cors.allow(allowed, request, response)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "No API key allows pages of " + origin
                    + " to call the Content API (or not with this method or these headers).");
        }
    }

    /** The key of the Authorization header's Bearer scheme, else of Inkwell-Api-Key; empty when neither has one. */
    static Optional<String> keyOf(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            String token = authorization.substring(BEARER.length()).strip();
            if (!token.isEmpty()) {
                return Optional.of(token);
            }
        }
        String header = request.getHeader(KEY_HEADER);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
    }
}

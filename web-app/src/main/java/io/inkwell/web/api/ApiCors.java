package io.inkwell.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * CORS for the Content API, by Spring's own processor: which origins may read an answer is the key's list. A
 * preflight carries no key, so it is let through for an origin some live key allows; the request that follows is
 * held to its own key's list. Only reads are allowed, with the headers a key and a conditional request need; no
 * cookies are ever sent (the API has no session).
 */
final class ApiCors {

    static final List<String> METHODS = List.of("GET", "HEAD");
    static final List<String> REQUEST_HEADERS = List.of("Authorization", ApiKeyFilter.KEY_HEADER, "If-None-Match");
    static final List<String> EXPOSED_HEADERS = List.of("ETag", "Retry-After");
    static final long PREFLIGHT_MAX_AGE_SECONDS = 600;

    /** Spring's processor, minus its own plain-text refusal: the API answers a refusal with a problem. */
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // The caller writes the problem.
        }
    };

    /** Adds the CORS headers for these origins; false when the request's origin (or preflight) is not allowed. */
    boolean allow(List<String> origins, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(METHODS);
        config.setAllowedHeaders(REQUEST_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        config.setAllowCredentials(false);
        config.setMaxAge(PREFLIGHT_MAX_AGE_SECONDS);
        return processor.processRequest(config, request, response);
    }
}

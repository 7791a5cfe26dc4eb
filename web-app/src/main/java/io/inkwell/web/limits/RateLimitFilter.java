package io.inkwell.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts registrations, posting and comment writes ({@link LimitedRoutes}) and refuses them with 429 past
 * their limits. Runs after Spring Security, so it knows the signed-in account and a request refused by
 * security (no session, no CSRF token) is not counted.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final TooManyRequestsPage refusal;

    RateLimitFilter(RateLimits limits, TooManyRequestsPage refusal) {
        this.limits = limits;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> refused = LimitedRoutes.of(request).flatMap(action -> limits.take(action, request));
        if (refused.isPresent()) {
            refusal.render(refused.get(), request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}

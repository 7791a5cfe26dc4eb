package io.inkwell.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins per client address: every wrong password or unknown email takes a token (on Spring
 * Security's failure event, during the login request), and while an address has none left its logins are
 * refused with 429 before any password is checked. Runs before Spring Security, which answers the login
 * form itself. Per account, the users module locks an account after repeated failures.
 */
class LoginLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final TooManyRequestsPage refusal;

    LoginLimitFilter(RateLimits limits, TooManyRequestsPage refusal) {
        this.limits = limits;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LimitedRoutes.isLogin(request)) {
            Optional<Duration> refused = limits.peekByAddress(LimitedAction.LOGIN_FAILURES, request);
            if (refused.isPresent()) {
                refusal.render(refused.get(), request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Published on the login request's own thread, inside this filter's chain. */
    @EventListener
    void onFailedLogin(AuthenticationFailureBadCredentialsEvent failure) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            limits.takeByAddress(LimitedAction.LOGIN_FAILURES, current.getRequest());
        }
    }
}

package io.inkwell.web.security;

import io.inkwell.users.UserSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was suspended, deleted or given another role since it logged in, or whose
 * sessions were all ended since (a password change elsewhere), at its next request: the session is
 * invalidated, the remember-me cookie dropped, and the browser sent to the login page. The users context
 * answers from a cache with a few seconds' TTL, so most requests cost no SQL.
 * Not a bean on purpose: Boot would also register it as a servlet filter for every request.
 */
class SessionAccessFilter extends OncePerRequestFilter {

    static final String ENDED_URL = "/login?ended";

    private final UserSignIn signIn;
    private final LogoutHandler logout;

    SessionAccessFilter(UserSignIn signIn, LogoutHandler logout) {
        this.signIn = signIn;
        this.logout = logout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !signIn.maySessionContinue(user.id(), user.role(), user.sessionEpoch())) {
            logout.logout(request, response, authentication);
            response.sendRedirect(request.getContextPath() + ENDED_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}

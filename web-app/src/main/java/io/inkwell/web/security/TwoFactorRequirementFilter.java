package io.inkwell.web.security;

import io.inkwell.settings.SiteSettings;
import io.inkwell.users.TwoFactorSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Require two-factor sign-in for admins and editors": while the site's setting is on, a staff session whose
 * account has no second factor reaches only its security page (to set one up) and the log-out; every other
 * request is sent there. The setting is read from memory; the account is asked only for such a session, so a
 * second factor turned on in another browser is seen at once.
 */
class TwoFactorRequirementFilter extends OncePerRequestFilter {

    static final String SETUP_URL = "/account/security?required";

    private final SiteSettings site;
    private final TwoFactorSettings twoFactor;
    private final SignIn signIn;

    TwoFactorRequirementFilter(SiteSettings site, TwoFactorSettings twoFactor, SignIn signIn) {
        this.site = site;
        this.twoFactor = twoFactor;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && !user.twoFactorEnabled()
                && user.actor().isStaff() && site.current().settings().twoFactorRequired() && !isAllowed(request)) {
            if (twoFactor.status(user.id()).enabled()) {
                signIn.refresh(user.id(), request, response);
            } else {
                response.sendRedirect(request.getContextPath() + SETUP_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/account/security") || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/images/") || path.equals("/error") || path.equals("/favicon.ico");
    }
}

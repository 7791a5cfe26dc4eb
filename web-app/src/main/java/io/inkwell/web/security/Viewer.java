package io.inkwell.web.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is reading a page, as the templates ask it ({@code #viewer.signedIn}, {@code #viewer.admin},
 * {@code #viewer.editor}, {@code #viewer.name}): worked out once per page from the security context. The same
 * questions as {@code sec:authorize="isAuthenticated()"} or {@code "hasRole('ADMIN')"}, which parse and evaluate an
 * access expression every time they are asked (a tenth of a rendered post page's time went to six of them).
 *
 * @param name the person's name, or the login name of any other kind of principal (such as a test's); empty when
 *             nobody is signed in
 */
public record Viewer(boolean signedIn, boolean admin, boolean editor, String name) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static final Viewer ANONYMOUS = new Viewer(false, false, false, "");

    /** As Spring Security's {@code isAuthenticated()} and {@code hasRole(...)} would answer for this authentication. */
    public static Viewer of(Authentication authentication) {
        if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        String name = authentication.getPrincipal() instanceof SignedInUser user ? user.name() : authentication.getName();
        return new Viewer(true, roles.contains("ROLE_ADMIN"), roles.contains("ROLE_EDITOR"), name);
    }
}

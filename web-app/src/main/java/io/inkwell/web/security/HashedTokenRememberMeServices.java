package io.inkwell.web.security;

import io.inkwell.users.RememberMeToken;
import io.inkwell.users.RememberedLogins;
import io.inkwell.users.RememberedSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Remember me" as Spring Security's persistent tokens, but kept by the users context with only a hash of
 * each token stored (Spring's own services compare the raw token with what their repository returns). The
 * cookie holds a series and a token, nothing about the person; each use replaces the token, logout deletes
 * the series. A refused cookie is dropped and the request goes on signed out.
 */
class HashedTokenRememberMeServices extends AbstractRememberMeServices {

    static final String COOKIE_NAME = "remember-me";
    /** The session's remembered login, so that ending that session from the list of sessions also forgets it. */
    static final String SERIES_ATTRIBUTE = HashedTokenRememberMeServices.class.getName() + ".series";
    static final int VALIDITY_SECONDS = (int) RememberedLogins.VALIDITY.toSeconds();

    private final RememberedLogins remembered;

    /**
     * {@code key} only ties the remember-me authentication to this application's provider; no cookie is
     * signed with it, so a random key per start is enough.
     */
    HashedTokenRememberMeServices(String key, RememberedLogins remembered) {
        // Spring's base class wants a way to load accounts by name; a remembered login is found by its series only.
        super(key, email -> {
            throw new UsernameNotFoundException("Remembered logins are found by their series, never by email");
        });
        this.remembered = remembered;
        setCookieName(COOKIE_NAME);
        setParameter(COOKIE_NAME);
        setTokenValiditySeconds(VALIDITY_SECONDS);
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        if (signedIn.getPrincipal() instanceof SignedInUser user) {
            store(remembered.remember(user.id()), request, response);
        }
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("A remember-me cookie holds a series and a token");
        }
        RememberedSignIn signIn = remembered.signIn(new RememberMeToken(cookieTokens[0], cookieTokens[1]))
                .orElseThrow(() -> new RememberMeAuthenticationException("Remembered login refused"));
        store(signIn.next(), request, response);
        return new SignedInUser(signIn.account());
    }

    /** Keeps "remember me" for the browser that asked for it and just signed in anew, e.g. after a password change. */
    void renewIfRemembered(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        if (extractRememberMeCookie(request) != null) {
            onLoginSuccess(request, response, signedIn);
        }
    }

    /** A login that passed its second factor, from a form that asked to be remembered. */
    void rememberNewLogin(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        onLoginSuccess(request, response, signedIn);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String cookie = extractRememberMeCookie(request);
        if (cookie != null) {
            try {
                String[] tokens = decodeCookie(cookie);
                remembered.forget(tokens[0]);
            } catch (InvalidCookieException e) {
                logger.debug("Dropping a malformed remember-me cookie at logout");
            }
        }
        super.logout(request, response, authentication);
    }

    private void store(RememberMeToken token, HttpServletRequest request, HttpServletResponse response) {
        setCookie(new String[] {token.series(), token.token()}, getTokenValiditySeconds(), request, response);
        request.getSession().setAttribute(SERIES_ATTRIBUTE, token.series());
    }
}

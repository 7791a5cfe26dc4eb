package io.inkwell.web.security;

import io.inkwell.users.UserSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in without the login form: right after registration, again after a profile change so the
 * navigation shows the new name, and after a password change so the session that made it outlives the end of
 * all the others. A new session id each time (no session fixation).
 */
@Component
public class SignIn {

    private final UserSignIn accounts;
    private final HashedTokenRememberMeServices rememberMe;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(UserSignIn accounts, HashedTokenRememberMeServices rememberMe, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.rememberMe = rememberMe;
        this.events = events;
    }

    /** After registration: a login like any other, so it also stamps {@code last_login_at}. */
    public void signInNewAccount(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = store(userId, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    /** Reloads the signed-in principal, e.g. with a changed name. */
    public void refresh(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        store(userId, request, response);
    }

    /**
     * A password change ended every session and remembered login of the account: this session carries on
     * with the account's new session generation, and a browser that was remembered stays remembered.
     */
    public void keepAfterPasswordChange(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = store(userId, request, response);
        rememberMe.renewIfRemembered(request, response, authentication);
    }

    /**
     * The code after the password was right: the session is signed in now (a login like the form's, stamping the
     * last login and remembering the browser if the form asked to).
     */
    void completeSecondFactor(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = store(pending.userId(), request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        if (pending.rememberMe()) {
            rememberMe.rememberNewLogin(request, response, authentication);
        }
    }

    private UsernamePasswordAuthenticationToken store(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = accounts.sessionAccount(userId).map(SignedInUser::new)
                .orElseThrow(() -> new IllegalStateException("No account " + userId + " to sign in"));
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        return authentication;
    }
}

package io.inkwell.web.security;

import io.inkwell.users.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in without the login form: right after registration, and again after a profile change
 * so the navigation shows the new name. A new session id each time (no session fixation).
 */
@Component
public class SignIn {

    private final UserDetailsService accounts;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(UserDetailsService accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** After registration: a login like any other, so it also stamps {@code last_login_at}. */
    public void signInNewAccount(String email, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = store(email, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    /** Reloads the signed-in principal, e.g. with a changed name. */
    public void refresh(String email, HttpServletRequest request, HttpServletResponse response) {
        store(email, request, response);
    }

    private UsernamePasswordAuthenticationToken store(String email, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(email);
        user.eraseCredentials();
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

package io.inkwell.web.security;

import io.inkwell.users.UserSignIn;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's login outcomes to the users context: only wrong passwords (and unknown emails,
 * which match no account) count towards the throttle; refusals of locked or suspended accounts do not extend
 * a lock. Every successful login, also a remembered one, stamps the account's last login.
 */
@Component
class LoginEvents {

    private final UserSignIn signIn;

    LoginEvents(UserSignIn signIn) {
        this.signIn = signIn;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        signIn.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            signIn.recordSuccessfulLogin(user.id());
        }
    }
}

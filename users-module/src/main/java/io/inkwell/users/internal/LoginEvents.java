package io.inkwell.users.internal;

import io.inkwell.users.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's login outcomes to the throttle: only wrong passwords (and unknown emails, which
 * match no account) count; refusals of locked or suspended accounts do not extend a lock.
 */
@Component
class LoginEvents {

    private final LoginThrottle throttle;

    LoginEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            throttle.recordSuccess(user.id());
        }
    }
}

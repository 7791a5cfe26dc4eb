package io.inkwell.web.security;

import io.inkwell.users.SignInResult;
import io.inkwell.users.UserSignIn;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The login form's check, done by the users context so that the password hash never leaves it. The one
 * {@code AuthenticationProvider} bean: Spring Security makes it the application's login, and Boot then
 * creates no default user. Each refusal is its own exception so that only wrong passwords count towards the
 * throttle ({@link LoginEvents}); the page shows them all alike. A right password of an account with two-factor
 * sign-in signs nobody in yet: {@link SecondFactorRequiredException} sends the browser on to the code.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "Wrong email or password";

    private final UserSignIn signIn;

    AccountAuthenticationProvider(UserSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        Object credentials = login.getCredentials();
        SignInResult result = signIn.authenticate(login.getName(), credentials == null ? null : credentials.toString());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                if (result.account().twoFactorEnabled()) {
                    throw new SecondFactorRequiredException(result.account().id(), result.account().email());
                }
                SignedInUser user = new SignedInUser(result.account());
                UsernamePasswordAuthenticationToken signedIn =
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                signedIn.setDetails(login.getDetails());
                return signedIn;
            }
            case LOCKED -> throw new LockedException(REFUSED);
            case NOT_ACTIVE -> throw new DisabledException(REFUSED);
            default -> throw new BadCredentialsException(REFUSED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package io.inkwell.users.internal;

import io.inkwell.users.SignedInUser;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's view of accounts: the username is the email. Suspended and deleted accounts load as
 * disabled, throttled ones as locked, so Spring Security refuses them before it even checks the password.
 */
@Service
class SignedInUserDetailsService implements UserDetailsService {

    private final UserMapper users;
    private final LoginThrottle throttle;

    SignedInUserDetailsService(UserMapper users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        UserRow row = users.selectByEmail(normalized).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        SignedInUser user = new SignedInUser(row.id(), row.email(), row.name(), row.role(), row.status(), row.passwordHash());
        return throttle.isLocked(row.id()) ? user.lockedForLogin() : user;
    }
}

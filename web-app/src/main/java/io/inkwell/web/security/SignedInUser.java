package io.inkwell.web.security;

import io.inkwell.users.Actor;
import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Controllers take it with {@code @AuthenticationPrincipal} and hand
 * {@link #actor()} to services. It never holds a password hash, and it remembers the session generation it
 * signed in with: the session ends once the account's generation has moved on.
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 3L;

    private final UUID id;
    private final String email;
    private final String name;
    private final Role role;
    private final UserStatus status;
    private final int sessionEpoch;
    private final boolean emailConfirmed;
    private final boolean twoFactorEnabled;

    SignedInUser(SessionAccount account) {
        this.id = Objects.requireNonNull(account.id(), "id");
        this.email = Objects.requireNonNull(account.email(), "email");
        this.name = Objects.requireNonNull(account.name(), "name");
        this.role = Objects.requireNonNull(account.role(), "role");
        this.status = Objects.requireNonNull(account.status(), "status");
        this.sessionEpoch = account.sessionEpoch();
        this.emailConfirmed = account.emailConfirmed();
        this.twoFactorEnabled = account.twoFactorEnabled();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public Actor actor() {
        return new Actor(id, role, status, emailConfirmed);
    }

    /** Whether the account's address was confirmed when this session last loaded it. */
    public boolean emailConfirmed() {
        return emailConfirmed;
    }

    public boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    /** Never known here: passwords are checked by the users context. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return status == UserStatus.ACTIVE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + id + ", " + role + "]";
    }
}

package io.inkwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.inkwell.users.Role;
import io.inkwell.users.SessionAccount;
import io.inkwell.users.UserStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** #viewer answers as sec:authorize's isAuthenticated() and hasRole(...) answered before it. */
class ViewerTest {

    private static SignedInUser user(Role role) {
        return new SignedInUser(new SessionAccount(UUID.randomUUID(), "ada@example.com", "Ada Lovelace", role, UserStatus.ACTIVE, 0));
    }

    @Test
    void nobodyAndAnonymousReadersAreNotSignedIn() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(Viewer.of(null)).isEqualTo(new Viewer(false, false, false, ""));
        assertThat(Viewer.of(anonymous)).isEqualTo(new Viewer(false, false, false, ""));
    }

    @Test
    void anAuthenticationNotYetAuthenticatedIsNotSignedIn() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("ada@example.com", "secret");

        assertThat(Viewer.of(attempt).signedIn()).isFalse();
    }

    @Test
    void rolesAreAnsweredAsHasRoleWithoutAHierarchy() {
        SignedInUser admin = user(Role.ADMIN);
        SignedInUser editor = user(Role.EDITOR);

        assertThat(Viewer.of(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())))
                .isEqualTo(new Viewer(true, true, false, "Ada Lovelace"));
        assertThat(Viewer.of(UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities())))
                .isEqualTo(new Viewer(true, false, true, "Ada Lovelace"));
    }

    @Test
    void aRememberedLoginIsSignedInAndAnyOtherPrincipalIsNamedByItsLoginName() {
        SignedInUser reader = user(Role.USER);
        var remembered = new RememberMeAuthenticationToken("key", reader, reader.getAuthorities());
        var other = new TestingAuthenticationToken("grace", null, List.of());
        other.setAuthenticated(true);

        assertThat(Viewer.of(remembered)).isEqualTo(new Viewer(true, false, false, "Ada Lovelace"));
        assertThat(Viewer.of(other)).isEqualTo(new Viewer(true, false, false, "grace"));
    }
}

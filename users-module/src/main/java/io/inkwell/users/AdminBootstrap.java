package io.inkwell.users;

import java.util.Optional;

/** Start-up only: makes sure the site has an admin, with no signed-in caller. Not for request handling. */
public interface AdminBootstrap {

    /**
     * Creates this admin, or makes the account with this email an active admin with this password,
     * unless an active admin with this email already exists (then nothing changes).
     */
    BootstrapOutcome ensureAdmin(String email, String password);

    /** When there is no active admin at all, creates one with a generated password and returns that password. */
    Optional<String> createDemoAdminIfNone(String email, String name);

    enum BootstrapOutcome { CREATED, REACTIVATED, ALREADY_ACTIVE }
}

package io.inkwell.users;

import java.util.Optional;
import java.util.UUID;

/**
 * A person's own account: registration, profile and password. {@link #register} needs no signed-in
 * caller, so start-up code (the demo-content loader) can call it directly:
 *
 * <pre>{@code
 * UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada Lovelace", "a long password"));
 * }</pre>
 *
 * Refusals are {@link AccountFieldException}s naming the field: {@link EmailTakenException},
 * {@link IncorrectPasswordException}, or a rule such as a too short password; a change the actor may not
 * make is a {@link NotAllowedException}.
 */
public interface UserAccounts {

    /** Creates an active {@link Role#USER} and returns its id; each call in its own transaction. */
    UUID register(RegisterUser command);

    Optional<Account> account(UUID userId);

    /** The actor's own profile, or anyone's as an admin. */
    void changeProfile(Actor actor, ChangeProfile command);

    /**
     * The actor's own password, given the current one. Ends every session and remembered login of the
     * account, on every instance; the caller keeps the session it used by signing it in again with the
     * account's new {@link SessionAccount#sessionEpoch()}.
     */
    void changePassword(Actor actor, ChangePassword command);

    /** The public profile, also of a deleted account (without avatar); empty for an unknown id. */
    Optional<AuthorProfile> authorProfile(UUID userId);
}

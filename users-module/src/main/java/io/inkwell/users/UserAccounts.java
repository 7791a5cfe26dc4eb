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

    /**
     * Creates an active {@link Role#USER} with a confirmed address and returns its id; each call in its own
     * transaction. For start-up code and scripts: people register with {@link #signUp}.
     */
    UUID register(RegisterUser command);

    /**
     * The registration form: an active {@link Role#USER} whose address is unconfirmed until the link of
     * {@link EmailConfirmationRequested} is followed. When the email already has an account nothing is
     * created and {@link RegistrationWithTakenEmail} tells its owner; the call returns alike, so the form
     * tells nobody which emails have accounts. Other refusals are {@link AccountFieldException}s.
     */
    void signUp(RegisterUser command);

    Optional<Account> account(UUID userId);

    /** The actor's own profile, or anyone's as an admin. */
    void changeProfile(Actor actor, ChangeProfile command);

    /**
     * The actor's own password, given the current one. Ends every session and remembered login of the
     * account, on every instance; the caller keeps the session it used by signing it in again with the
     * account's new {@link SessionAccount#sessionEpoch()}.
     */
    void changePassword(Actor actor, ChangePassword command);

    /**
     * Ends every session and remembered login of the actor's account, on every instance ("sign out everywhere
     * else"); the caller keeps the session it used as after {@link #changePassword}.
     */
    void endAllSessions(Actor actor);

    /** The public profile, also of a deleted account (without avatar); empty for an unknown id. */
    Optional<AuthorProfile> authorProfile(UUID userId);
}

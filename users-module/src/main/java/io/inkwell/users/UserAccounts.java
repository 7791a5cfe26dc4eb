package io.inkwell.users;

import java.util.Optional;
import java.util.UUID;

/**
 * A person's own account: registration, profile and password. Needs no signed-in caller, so start-up
 * code (the demo-content loader) can call {@link #register} directly:
 *
 * <pre>{@code
 * UUID ada = accounts.register(new RegisterUser("ada@example.com", "Ada Lovelace", "a long password"));
 * }</pre>
 *
 * Refusals are {@link AccountFieldException}s naming the field: {@link EmailTakenException},
 * {@link IncorrectPasswordException}, or a rule such as a too short password.
 */
public interface UserAccounts {

    /** Creates an active {@link Role#USER} and returns its id; each call in its own transaction. */
    UUID register(RegisterUser command);

    Optional<Account> account(UUID userId);

    void changeProfile(ChangeProfile command);

    void changePassword(ChangePassword command);

    /** The public profile, also of a deleted account (without avatar); empty for an unknown id. */
    Optional<AuthorProfile> authorProfile(UUID userId);

    /**
     * Whether a session signed in with {@code sessionRole} may go on: the account is still active and
     * still has that role. Asked on every signed-in request, so answered from a cache that keeps an
     * answer for a few seconds and forgets it at once when this instance changes the account.
     */
    boolean maySessionContinue(UUID userId, Role sessionRole);
}

package io.inkwell.users;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Confirming that an address is a person's: after registration (until then the account may not publish), and
 * when they change it (the new address becomes the account's only when its link is followed). Each link
 * works once.
 */
public interface EmailConfirmations {

    Duration VALIDITY = Duration.ofDays(2);

    /** What the link would confirm, without using it; {@link TokenRefusedException} saying why not. */
    PendingConfirmation check(String token);

    /**
     * Uses the link: the account's address counts as confirmed, or becomes the new one. Throws
     * {@link TokenRefusedException}, or {@link EmailTakenException} when another account took the new address
     * meanwhile. Returns the account's id.
     */
    UUID confirm(String token);

    /** A new link to the actor's own address while it is unconfirmed; nothing once it is confirmed. */
    void resend(Actor actor);

    /**
     * Sends a link to the new address and tells the current one. Refuses with {@link AccountFieldException}s
     * ({@code newEmail}: not an address, the current one, another account's; {@code currentPassword}).
     */
    void changeEmail(Actor actor, ChangeEmail command);

    /** The address the account asked to change to and has not confirmed yet, while its link works. */
    Optional<String> pendingChange(UUID userId);
}

package io.inkwell.mail;

import io.inkwell.users.Actor;
import java.time.Duration;
import java.util.UUID;

/**
 * Notification mail: a reply to one's comment, a comment on one's post, and for editors and admins a post submitted
 * for review and the digest of held comments. A person gets at most one mail about a post's comments every
 * {@link #PER_THREAD_INTERVAL}, and at most one digest of held comments as often; what comes meanwhile goes out
 * together in the next one. Every notification carries a one-click unsubscribe link for its kind.
 */
public interface Notifications {

    Duration PER_THREAD_INTERVAL = Duration.ofMinutes(15);

    NotificationChoices choices(UUID userId);

    /**
     * The actor's own choices. The staff's kinds are changed only by an editor or admin: whoever else saves the form
     * (which does not offer them) keeps what was stored, in case they become staff.
     */
    void choose(Actor actor, NotificationChoices choices);

    /** Whether this is the secret of someone's unsubscribe links (a page for an unknown one says so). */
    boolean isUnsubscribeToken(String token);

    /** Turns {@code kind} off for the person of this link; false for an unknown token. Needs no sign-in. */
    boolean unsubscribe(String token, NotificationKind kind);
}

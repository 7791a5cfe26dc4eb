package io.inkwell.mail;

import io.inkwell.users.Actor;
import java.time.Duration;
import java.util.UUID;

/**
 * Notification mail about comments: a reply to one's comment, a comment on one's post. A person gets at most
 * one mail per post every {@link #PER_THREAD_INTERVAL}; what comes meanwhile goes out together in the next one.
 * Every notification carries a one-click unsubscribe link for its kind.
 */
public interface Notifications {

    Duration PER_THREAD_INTERVAL = Duration.ofMinutes(15);

    NotificationChoices choices(UUID userId);

    /** The actor's own choices. */
    void choose(Actor actor, NotificationChoices choices);

    /** Whether this is the secret of someone's unsubscribe links (a page for an unknown one says so). */
    boolean isUnsubscribeToken(String token);

    /** Turns {@code kind} off for the person of this link; false for an unknown token. Needs no sign-in. */
    boolean unsubscribe(String token, NotificationKind kind);
}

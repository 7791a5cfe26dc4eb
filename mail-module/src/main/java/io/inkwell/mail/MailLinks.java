package io.inkwell.mail;

import java.util.UUID;

/**
 * The absolute addresses mails link to. The web layer provides them (its routes, its public base URL), so this
 * context knows no route; each returns a full {@code https://…} address.
 */
public interface MailLinks {

    String home();

    String login();

    String account();

    String passwordReset(String token);

    /** The form that asks for a new reset link. */
    String passwordResetRequest();

    String emailConfirmation(String token);

    String invitation(String token);

    String comment(String postSlug, UUID commentId);

    String unsubscribe(String token, NotificationKind kind);

    /** Where an editor reviews a submitted post (its edit form, with Publish and "Send back"). */
    String postReview(UUID postId);

    /** The moderation queue's held comments. */
    String heldComments();
}

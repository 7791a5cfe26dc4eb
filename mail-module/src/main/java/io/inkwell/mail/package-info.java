/**
 * The mail context: every message the site sends, kept in an outbox ({@code mail_messages}) and delivered
 * by a background worker, and the notifications people get: about comments on their posts and replies to their
 * comments, and for editors and admins about posts submitted for review and a digest of comments held for moderation.
 *
 * <p>It writes the account mails (password reset, email confirmation and change, invitations, "you already
 * have an account") when the users context publishes their events, inside the transaction that publishes
 * them: a reset link is stored if and only if its mail is. Notifications react to the comments context's
 * {@link io.inkwell.comments.CommentPosted} and {@link io.inkwell.comments.CommentApproved} after the comment commits (an {@code @ApplicationModuleListener},
 * delivered again if it fails), so a notification can never fail a comment; so do the review notifications
 * ({@link io.inkwell.posts.PostSubmitted}) and the moderators' digest ({@link io.inkwell.comments.CommentHeld}, noted
 * at once, mailed by the worker at most every quarter hour per moderator, after asking
 * {@link io.inkwell.comments.CommentModeration} which comments still wait). Messages are rendered from
 * Thymeleaf templates ({@code mail/templates}) with the site's title, in text and HTML, in the site's language:
 * their words are this context's own bundles ({@code mail/messages*.properties}), not the web pages'.
 *
 * <p>Its API: {@link io.inkwell.mail.MailAdministration} for {@code /admin/mail} and the dashboard,
 * {@link io.inkwell.mail.Notifications} for people's choices and one-click unsubscribing, and
 * {@link io.inkwell.mail.MailLinks}, which the web layer provides: the context knows no routes.
 *
 * <p>It never reads another context's tables: posts, comments, people and addresses (the staff's in one batch)
 * come from their APIs.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "settings", "posts", "posts :: events", "comments",
    "comments :: events"})
package io.inkwell.mail;

import org.springframework.modulith.ApplicationModule;

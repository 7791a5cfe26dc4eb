/**
 * The mail context: every message the site sends, kept in an outbox ({@code mail_messages}) and delivered
 * by a background worker, and the notifications people get about comments.
 *
 * <p>It writes the account mails (password reset, email confirmation and change, invitations, "you already
 * have an account") when the users context publishes their events, inside the transaction that publishes
 * them: a reset link is stored if and only if its mail is. Notifications react to the comments context's
 * {@link io.inkwell.comments.CommentPosted} and {@link io.inkwell.comments.CommentApproved} after the comment commits (an {@code @ApplicationModuleListener},
 * delivered again if it fails), so a notification can never fail a comment. Messages are rendered from
 * Thymeleaf templates ({@code mail/templates}) with the site's title, in text and HTML, in the site's language:
 * their words are this context's own bundles ({@code mail/messages*.properties}), not the web pages'.
 *
 * <p>Its API: {@link io.inkwell.mail.MailAdministration} for {@code /admin/mail} and the dashboard,
 * {@link io.inkwell.mail.Notifications} for people's choices and one-click unsubscribing, and
 * {@link io.inkwell.mail.MailLinks}, which the web layer provides: the context knows no routes.
 *
 * <p>It never reads another context's tables: posts, people and addresses come from their APIs.
 */
@ApplicationModule(allowedDependencies = {"db", "users", "settings", "posts", "comments :: events"})
package io.inkwell.mail;

import org.springframework.modulith.ApplicationModule;

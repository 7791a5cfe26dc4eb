package io.inkwell.web.mail;

import io.inkwell.mail.MailLinks;
import io.inkwell.mail.NotificationKind;
import io.inkwell.web.site.SiteUrls;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The site's routes that mails link to, under the site's public address ({@code INKWELL_BASE_URL}). */
@Component
class MailLinkAddresses implements MailLinks {

    private final SiteUrls urls;

    MailLinkAddresses(SiteUrls urls) {
        this.urls = urls;
    }

    @Override
    public String home() {
        return urls.home();
    }

    @Override
    public String login() {
        return urls.absolute("/login");
    }

    @Override
    public String account() {
        return urls.absolute("/account");
    }

    @Override
    public String passwordReset(String token) {
        return urls.absolute("/password-reset/" + token);
    }

    @Override
    public String passwordResetRequest() {
        return urls.absolute("/password-reset");
    }

    @Override
    public String emailConfirmation(String token) {
        return urls.absolute("/email-confirmation/" + token);
    }

    @Override
    public String invitation(String token) {
        return urls.absolute("/invitations/" + token);
    }

    @Override
    public String comment(String postSlug, UUID commentId) {
        return urls.post(postSlug) + "#comment-" + commentId;
    }

    @Override
    public String unsubscribe(String token, NotificationKind kind) {
        return urls.absolute("/unsubscribe/" + token + "/" + kind.slug());
    }

    /** The edit form, where an editor publishes a submitted post or sends it back (the admin list's "Review"). */
    @Override
    public String postReview(UUID postId) {
        return urls.absolute("/posts/" + postId + "/edit");
    }

    /** The moderation queue opens on its "Held" tab. */
    @Override
    public String heldComments() {
        return urls.absolute("/admin/comments");
    }
}

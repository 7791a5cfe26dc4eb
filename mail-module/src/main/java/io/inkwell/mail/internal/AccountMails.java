package io.inkwell.mail.internal;

import io.inkwell.mail.MailLinks;
import io.inkwell.users.EmailConfirmationRequested;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.InvitationSent;
import io.inkwell.users.Invitations;
import io.inkwell.users.PasswordResetRequested;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.RegistrationWithTakenEmail;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the users context's account events, written while the event is published: inside the
 * transaction that stores the link, so a link exists exactly when its mail does. A plain {@code @EventListener}
 * on purpose (not a module listener after commit): the mail is part of the change.
 */
@Component
class AccountMails {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailLinks links;

    AccountMails(MailTemplates templates, Outbox outbox, MailLinks links) {
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    @EventListener
    void on(PasswordResetRequested reset) {
        write("password-reset", reset.email(), Map.of("name", reset.name(), "link", links.passwordReset(reset.token()),
                "minutes", PasswordResets.VALIDITY.toMinutes(), "requestLink", links.passwordResetRequest()));
    }

    @EventListener
    void on(EmailConfirmationRequested confirmation) {
        write("email-confirmation", confirmation.email(), Map.of("name", confirmation.name(), "change", confirmation.isChange(),
                "link", links.emailConfirmation(confirmation.token()), "days", EmailConfirmations.VALIDITY.toDays()));
        if (confirmation.isChange()) {
            write("email-change-notice", confirmation.previousEmail(), Map.of("name", confirmation.name(),
                    "newEmail", confirmation.email(), "requestLink", links.passwordResetRequest()));
        }
    }

    @EventListener
    void on(RegistrationWithTakenEmail attempt) {
        write("registration-taken", attempt.email(), Map.of("loginLink", links.login(), "requestLink", links.passwordResetRequest()));
    }

    @EventListener
    void on(InvitationSent invitation) {
        write("invitation", invitation.email(), Map.of("invitedBy", invitation.invitedBy(), "role", invitation.role().name(),
                "link", links.invitation(invitation.token()), "days", Invitations.VALIDITY.toDays()));
    }

    private void write(String kind, String recipient, Map<String, Object> variables) {
        outbox.write(new OutgoingMail(kind, recipient, templates.render(kind, variables), null));
    }
}

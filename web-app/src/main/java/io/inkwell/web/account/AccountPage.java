package io.inkwell.web.account;

import io.inkwell.mail.Notifications;
import io.inkwell.users.Account;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The account page's model, for every controller that shows it (its own forms, the avatar upload): the account,
 * the pending address change, the mail choices, and each form not being redisplayed filled as the page first
 * shows it. One place, so that a form added to the page cannot be missing when another form's refusal shows it.
 */
@Component
class AccountPage {

    static final String VIEW = "account/edit";

    private final UserAccounts accounts;
    private final EmailConfirmations confirmations;
    private final Notifications notifications;

    AccountPage(UserAccounts accounts, EmailConfirmations confirmations, Notifications notifications) {
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.notifications = notifications;
    }

    String show(SignedInUser me, Model model) {
        Account account = accounts.account(me.id()).orElseThrow(NotFound::page);
        model.addAttribute("account", account);
        model.addAttribute("pendingEmail", confirmations.pendingChange(me.id()).orElse(null));
        model.addAttribute("notificationChoices", notifications.choices(me.id()));
        // Mail about posts for review and held comments goes to staff only; nobody else is offered a choice that never applies.
        model.addAttribute("offersStaffMail", me.actor().isStaff());
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(account));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.empty());
        }
        if (!model.containsAttribute("emailChangeForm")) {
            model.addAttribute("emailChangeForm", EmailChangeForm.empty());
        }
        return VIEW;
    }
}

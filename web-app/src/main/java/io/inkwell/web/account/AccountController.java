package io.inkwell.web.account;

import io.inkwell.users.Account;
import io.inkwell.users.AccountFieldException;
import io.inkwell.mail.Notifications;
import io.inkwell.users.ChangeEmail;
import io.inkwell.users.ChangePassword;
import io.inkwell.users.ChangeProfile;
import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.errors.NotFound;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: name and avatar, the password (only with the current one), the email
 * address (changed when the new one follows its link; "Resend" while it is unconfirmed) and which notifications
 * come by mail. A password change ends every other session and remembered login of the account; this one carries on.
 */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final EmailConfirmations confirmations;
    private final Notifications notifications;
    private final AccountPage page;
    private final SignIn signIn;
    private final SiteMessages messages;

    AccountController(UserAccounts accounts, EmailConfirmations confirmations, Notifications notifications, AccountPage page,
            SignIn signIn, SiteMessages messages) {
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.notifications = notifications;
        this.page = page;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/account")
    String showAccount(@AuthenticationPrincipal SignedInUser me, Model model) {
        return page.show(me, model);
    }

    @PostMapping("/account/verification")
    String resendConfirmation(@AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        confirmations.resend(me.actor());
        flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.confirmationResent",
                new Object[] {account(me).email()}));
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String processEmailForm(@AuthenticationPrincipal SignedInUser me, @Valid EmailChangeForm emailChangeForm, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                confirmations.changeEmail(me.actor(), new ChangeEmail(me.id(), emailChangeForm.newEmail(), emailChangeForm.currentPassword()));
                flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.emailChangeSent",
                        new Object[] {emailChangeForm.newEmail().strip()}));
                return "redirect:/account";
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, e.field().equals("currentPassword") ? "currentPassword" : "newEmail", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page.show(me, model);
    }

    @PostMapping("/account/notifications")
    String processNotificationForm(@AuthenticationPrincipal SignedInUser me, NotificationForm notificationForm,
            RedirectAttributes flash) {
        notifications.choose(me.actor(), notificationForm.choices());
        flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.notificationsSaved"));
        return "redirect:/account";
    }

    @PostMapping("/account/profile")
    String processProfileForm(@AuthenticationPrincipal SignedInUser me, @Valid ProfileForm profileForm, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                accounts.changeProfile(me.actor(), new ChangeProfile(me.id(), profileForm.name(), profileForm.avatarUrl()));
                signIn.refresh(me.id(), request, response);
                flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.profileSaved"));
                return "redirect:/account";
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        return page.show(me, model);
    }

    @PostMapping("/account/password")
    String processPasswordForm(@AuthenticationPrincipal SignedInUser me, @Valid PasswordForm passwordForm, BindingResult result,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(me.actor(), new ChangePassword(me.id(), passwordForm.currentPassword(),
                        passwordForm.newPassword()));
                signIn.keepAfterPasswordChange(me.id(), request, response);
                flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.passwordChanged"));
                return "redirect:/account";
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        return page.show(me, model);
    }

    private Account account(SignedInUser me) {
        return accounts.account(me.id()).orElseThrow(NotFound::page);
    }
}

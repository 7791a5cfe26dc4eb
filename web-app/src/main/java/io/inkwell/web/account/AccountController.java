package io.inkwell.web.account;

import io.inkwell.users.Account;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.ChangePassword;
import io.inkwell.users.ChangeProfile;
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
 * The signed-in person's own account: name and avatar, and the password (only with the current one). A
 * password change ends every other session and remembered login of the account; this one carries on.
 */
@Controller
class AccountController {

    private static final String VIEW = "account/edit";

    private final UserAccounts accounts;
    private final SignIn signIn;
    private final SiteMessages messages;

    AccountController(UserAccounts accounts, SignIn signIn, SiteMessages messages) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/account")
    String showAccount(@AuthenticationPrincipal SignedInUser me, Model model) {
        Account account = account(me);
        model.addAttribute("account", account);
        model.addAttribute("profileForm", ProfileForm.of(account));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return VIEW;
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
        model.addAttribute("account", account(me));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return VIEW;
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
        Account account = account(me);
        model.addAttribute("account", account);
        model.addAttribute("profileForm", ProfileForm.of(account));
        return VIEW;
    }

    private Account account(SignedInUser me) {
        return accounts.account(me.id()).orElseThrow(NotFound::page);
    }
}

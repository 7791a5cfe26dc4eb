package io.inkwell.web.account;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.PasswordResets;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?": the request answers alike whether or not the email has an account (and the rate
 * limits count per typed email and per address); the link's page sets the new password once.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final SiteMessages messages;

    PasswordResetController(PasswordResets resets, SiteMessages messages) {
        this.resets = resets;
        this.messages = messages;
    }

    /** How long a link works, as both pages about asking for one say. */
    @ModelAttribute("minutes")
    long minutes() {
        return PasswordResets.VALIDITY.toMinutes();
    }

    @GetMapping("/password-reset")
    String initRequestForm(Model model) {
        model.addAttribute("passwordResetRequest", new PasswordResetRequest(""));
        return "account/password-reset-request";
    }

    @PostMapping("/password-reset")
    String processRequestForm(@Valid PasswordResetRequest passwordResetRequest, BindingResult result, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/password-reset-request";
        }
        resets.request(passwordResetRequest.email());
        return "account/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String initResetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            resets.check(token);
        } catch (TokenRefusedException e) {
            return problem(e, model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("newPasswordForm", new NewPasswordForm(""));
        return "account/password-reset-form";
    }

    @PostMapping("/password-reset/{token}")
    String processResetForm(@PathVariable String token, @Valid NewPasswordForm newPasswordForm, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        model.addAttribute("token", token);
        if (!result.hasErrors()) {
            try {
                resets.reset(token, newPasswordForm.newPassword());
                flash.addFlashAttribute("message", messages.getMessage("account.passwordResetForm.flash.changed"));
                return "redirect:/login";
            } catch (TokenRefusedException e) {
                return problem(e, model, response);
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, "newPassword", e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "account/password-reset-form";
    }

    private static String problem(TokenRefusedException e, Model model, HttpServletResponse response) {
        return LinkProblems.page(e.problem(), "account.linkProblem.what.passwordReset", "/password-reset",
                "account.linkProblem.newLink.passwordReset", model, response);
    }
}

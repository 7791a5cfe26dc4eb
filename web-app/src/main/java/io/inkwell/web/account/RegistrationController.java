package io.inkwell.web.account;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration signs the new person in at once and takes them to their account page. While the site's
 * settings close registration, the page says so and a POST is refused with the same page (403).
 */
@Controller
class RegistrationController {

    private static final String VIEW = "auth/register";
    private static final String CLOSED = "auth/registration-closed";

    private final UserAccounts accounts;
    private final SignIn signIn;
    private final CurrentSite site;
    private final SiteMessages messages;

    RegistrationController(UserAccounts accounts, SignIn signIn, CurrentSite site, SiteMessages messages) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/register")
    String initRegistrationForm(Model model) {
        if (!site.view().registrationOpen()) {
            return CLOSED;
        }
        model.addAttribute("registrationForm", RegistrationForm.empty());
        return VIEW;
    }

    @PostMapping("/register")
    String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes flash) {
        if (!site.view().registrationOpen()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return CLOSED;
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        UUID id;
        try {
            id = accounts.register(new RegisterUser(registrationForm.email(), registrationForm.name(), registrationForm.password()));
        } catch (AccountFieldException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
            return VIEW;
        }
        signIn.signInNewAccount(id, request, response);
        flash.addFlashAttribute("message", messages.getMessage("account.edit.flash.welcome",
                new Object[] {site.view().title(), registrationForm.name().strip()}));
        return "redirect:/account";
    }
}

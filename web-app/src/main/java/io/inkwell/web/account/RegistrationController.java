package io.inkwell.web.account;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.RegisterUser;
import io.inkwell.users.UserAccounts;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.site.CurrentSite;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registration answers "check your email" for any address, so the form tells nobody which addresses have
 * accounts: a new account gets a confirmation link, the owner of a taken address a mail saying so. The new
 * person may log in at once (and comment); publishing waits for the confirmation. While the site's settings
 * close registration, the page says so and a POST is refused with the same page (403).
 */
@Controller
class RegistrationController {

    private static final String VIEW = "auth/register";
    private static final String CLOSED = "auth/registration-closed";
    private static final String CHECK_EMAIL = "auth/check-email";

    private final UserAccounts accounts;
    private final CurrentSite site;

    RegistrationController(UserAccounts accounts, CurrentSite site) {
        this.accounts = accounts;
        this.site = site;
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
    String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result, HttpServletResponse response,
            Model model) {
        if (!site.view().registrationOpen()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return CLOSED;
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.signUp(new RegisterUser(registrationForm.email(), registrationForm.name(), registrationForm.password()));
        } catch (AccountFieldException e) {
            FieldRefusals.reject(result, e.field(), e.refusal());
            return VIEW;
        }
        model.addAttribute("email", registrationForm.email().strip());
        return CHECK_EMAIL;
    }
}

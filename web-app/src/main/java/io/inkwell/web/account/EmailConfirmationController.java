package io.inkwell.web.account;

import io.inkwell.users.EmailConfirmations;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.PendingConfirmation;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A confirmation link's page: it shows the address and confirms it with a button, so that a mail scanner
 * opening the link uses nothing up. A session of the same account sees the change at once.
 */
@Controller
class EmailConfirmationController {

    private static final String VIEW = "account/email-confirmation";

    private final EmailConfirmations confirmations;
    private final SignIn signIn;
    private final SiteMessages messages;

    EmailConfirmationController(EmailConfirmations confirmations, SignIn signIn, SiteMessages messages) {
        this.confirmations = confirmations;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/email-confirmation/{token}")
    String showConfirmation(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            PendingConfirmation pending = confirmations.check(token);
            model.addAttribute("pending", pending);
            model.addAttribute("token", token);
            return VIEW;
        } catch (TokenRefusedException e) {
            return problem(e, model, response);
        }
    }

    @PostMapping("/email-confirmation/{token}")
    String confirm(@PathVariable String token, @AuthenticationPrincipal SignedInUser me, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes flash) {
        UUID account;
        try {
            account = confirmations.confirm(token);
        } catch (TokenRefusedException e) {
            return problem(e, model, response);
        } catch (EmailTakenException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("taken", true);
            return VIEW;
        }
        if (me != null && me.id().equals(account)) {
            signIn.refresh(account, request, response);
            flash.addFlashAttribute("message", messages.getMessage("account.emailConfirmation.flash.confirmed"));
            return "redirect:/account";
        }
        flash.addFlashAttribute("message", messages.getMessage("account.emailConfirmation.flash.confirmedLogIn"));
        return "redirect:/login";
    }

    private static String problem(TokenRefusedException e, Model model, HttpServletResponse response) {
        return LinkProblems.page(e.problem(), "account.linkProblem.what.confirmation", "/account",
                "account.linkProblem.newLink.confirmation", model, response);
    }
}

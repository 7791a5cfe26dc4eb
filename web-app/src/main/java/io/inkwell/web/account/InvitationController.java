package io.inkwell.web.account;

import io.inkwell.users.AcceptInvitation;
import io.inkwell.users.AccountFieldException;
import io.inkwell.users.EmailTakenException;
import io.inkwell.users.InvitationView;
import io.inkwell.users.Invitations;
import io.inkwell.users.TokenRefusedException;
import io.inkwell.web.forms.FieldRefusals;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An invitation's link: a form for name and password, whether or not registration is open. Accepting it makes
 * the account with the invitation's email and role (or sets up the account an import made for that address) and
 * signs the person in.
 */
@Controller
class InvitationController {

    private static final String VIEW = "account/invitation";

    private final Invitations invitations;
    private final SignIn signIn;
    private final SiteMessages messages;

    InvitationController(Invitations invitations, SignIn signIn, SiteMessages messages) {
        this.invitations = invitations;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/invitations/{token}")
    String initAcceptForm(@PathVariable String token, Model model, HttpServletResponse response) {
        InvitationView invitation;
        try {
            invitation = invitations.check(token);
        } catch (TokenRefusedException e) {
            return problem(e, model, response);
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        // An imported author keeps the name their posts carry unless they change it here.
        String name = invitation.importedName() == null ? "" : invitation.importedName();
        model.addAttribute("acceptForm", new AcceptForm(name, ""));
        return VIEW;
    }

    @PostMapping("/invitations/{token}")
    String processAcceptForm(@PathVariable String token, @Valid AcceptForm acceptForm, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        InvitationView invitation;
        try {
            invitation = invitations.check(token);
        } catch (TokenRefusedException e) {
            return problem(e, model, response);
        }
        if (!result.hasErrors()) {
            try {
                UUID id = invitations.accept(token, new AcceptInvitation(acceptForm.name(), acceptForm.password()));
                signIn.signInNewAccount(id, request, response);
                flash.addFlashAttribute("message", messages.getMessage("account.invitation.flash.welcome",
                        new Object[] {acceptForm.name().strip()}));
                return "redirect:/account";
            } catch (TokenRefusedException e) {
                return problem(e, model, response);
            } catch (EmailTakenException e) {
                result.reject("account.invitation.emailTaken", new Object[] {invitation.email()},
                        "An account with {0} exists already: log in to it instead.");
            } catch (AccountFieldException e) {
                FieldRefusals.reject(result, e.field(), e.refusal());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        return VIEW;
    }

    private static String problem(TokenRefusedException e, Model model, HttpServletResponse response) {
        return LinkProblems.page(e.problem(), "account.linkProblem.what.invitation", "/", "account.linkProblem.newLink.invitation",
                model, response);
    }
}

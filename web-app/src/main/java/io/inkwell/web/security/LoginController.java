package io.inkwell.web.security;

import static io.inkwell.users.AccountLimits.EMAIL_MAX;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security itself handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    private static final String LAST_EMAIL = LoginController.class.getName() + ".email";

    @GetMapping("/login")
    String showLoginForm(Authentication authentication, HttpServletRequest request, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("email", session.getAttribute(LAST_EMAIL));
            session.removeAttribute(LAST_EMAIL);
        }
        return "auth/login";
    }

    /**
     * Every refusal (wrong password, unknown email, locked, suspended) gets the same answer, so the page
     * tells nobody which accounts exist; only the typed email is kept for the next try.
     */
    static void rememberEmailAndRetry(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof SecondFactorRequiredException secondFactor) {
            // A new session id: the password step was passed, the code step must not run in a planted session.
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(PendingSignIn.ATTRIBUTE,
                    secondFactor.pending().remembering(request.getParameter(HashedTokenRememberMeServices.COOKIE_NAME) != null));
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        String email = request.getParameter("email");
        if (email != null) {
            request.getSession().setAttribute(LAST_EMAIL, email.length() > EMAIL_MAX ? email.substring(0, EMAIL_MAX) : email);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}

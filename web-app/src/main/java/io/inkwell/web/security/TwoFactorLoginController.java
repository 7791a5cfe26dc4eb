package io.inkwell.web.security;

import io.inkwell.users.SecondFactorResult;
import io.inkwell.users.UserSignIn;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The code asked after the password of an account with two-factor sign-in: of the authenticator app, or one
 * of the recovery codes. A wrong code is a failed login (the account's throttle and the address's limit count
 * it, through the same event as a wrong password); without a pending sign-in the page sends back to the login.
 */
@Controller
class TwoFactorLoginController {

    private static final String VIEW = "auth/code";

    private final UserSignIn signIn;
    private final SignIn sessions;
    private final ApplicationEventPublisher events;
    private final SiteMessages messages;
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    TwoFactorLoginController(UserSignIn signIn, SignIn sessions, ApplicationEventPublisher events, SiteMessages messages) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/login/code")
    String showCodeForm(HttpServletRequest request) {
        return pending(request) == null ? "redirect:/login" : VIEW;
    }

    @PostMapping("/login/code")
    String processCode(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PendingSignIn pending = pending(request);
        if (pending == null) {
            return "redirect:/login?expired";
        }
        SecondFactorResult result = signIn.verifySecondFactor(pending.userId(), code == null ? "" : code.strip());
        switch (result) {
            case ACCEPTED, ACCEPTED_RECOVERY_CODE -> {
                request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
                sessions.completeSecondFactor(pending, request, response);
                SavedRequest saved = savedRequests.getRequest(request, response);
                return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
            }
            case LOCKED -> {
                request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
                return "redirect:/login?error";
            }
            default -> {
                events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated(pending.email(), null),
                        new BadCredentialsException("Wrong second factor")));
                model.addAttribute("problem", messages.getMessage("auth.code.refused"));
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return VIEW;
            }
        }
    }

    private static PendingSignIn pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return null;
        }
        if (pending.expired()) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return null;
        }
        return pending;
    }
}

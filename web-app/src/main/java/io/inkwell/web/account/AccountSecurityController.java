package io.inkwell.web.account;

import io.inkwell.users.AccountFieldException;
import io.inkwell.users.TwoFactorSettings;
import io.inkwell.users.TwoFactorSetup;
import io.inkwell.web.security.AccountSessions;
import io.inkwell.web.security.SignIn;
import io.inkwell.web.security.SignedInUser;
import io.inkwell.web.site.CurrentSite;
import io.inkwell.web.site.SiteMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's security page: two-factor sign-in (set up with a QR code drawn here and the key in text,
 * confirmed by a first code; ten recovery codes shown once; turned off with the password and a code) and the
 * account's signed-in sessions, each of which can be signed out.
 */
@Controller
class AccountSecurityController {

    private static final String VIEW = "account/security";

    private final TwoFactorSettings twoFactor;
    private final AccountSessions sessions;
    private final SignIn signIn;
    private final CurrentSite site;
    private final SiteMessages messages;

    AccountSecurityController(TwoFactorSettings twoFactor, AccountSessions sessions, SignIn signIn, CurrentSite site,
            SiteMessages messages) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.signIn = signIn;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/account/security")
    String showSecurity(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request, Model model) {
        return page(me, request, model);
    }

    @PostMapping("/account/security/two-factor")
    String beginSetup(@AuthenticationPrincipal SignedInUser me, RedirectAttributes flash) {
        try {
            twoFactor.beginSetup(me.actor(), site.view().title());
        } catch (AccountFieldException e) {
            flash.addFlashAttribute("problem", messages.getMessage(e.refusal()));
        }
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/two-factor/confirm")
    String confirmSetup(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            List<String> recoveryCodes = twoFactor.confirmSetup(me.actor(), code == null ? "" : code.strip());
            signIn.refresh(me.id(), request, response);
            model.addAttribute("recoveryCodes", recoveryCodes);
            model.addAttribute("message", messages.getMessage("account.security.flash.twoFactorOn"));
        } catch (AccountFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeProblem", messages.getMessage(e.refusal()));
        }
        return page(me, request, model);
    }

    @PostMapping("/account/security/two-factor/disable")
    String disable(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String password,
            @RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes flash) {
        try {
            twoFactor.disable(me.actor(), password, code == null ? "" : code.strip());
            signIn.refresh(me.id(), request, response);
            flash.addFlashAttribute("message", messages.getMessage("account.security.flash.twoFactorOff"));
            return "redirect:/account/security";
        } catch (AccountFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(e.field().equals("password") ? "passwordProblem" : "disableCodeProblem", messages.getMessage(e.refusal()));
            return page(me, request, model);
        }
    }

    @PostMapping("/account/security/sessions/{id}/end")
    String endSession(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, RedirectAttributes flash) {
        flash.addFlashAttribute("message", messages.getMessage(sessions.end(me.id(), id) ? "account.security.flash.sessionEnded"
                : "account.security.flash.sessionGone"));
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/sessions/end-others")
    String endOtherSessions(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        sessions.endOthers(me, request, response);
        flash.addFlashAttribute("message", messages.getMessage("account.security.flash.othersEnded"));
        return "redirect:/account/security";
    }

    private String page(SignedInUser me, HttpServletRequest request, Model model) {
        model.addAttribute("twoFactor", twoFactor.status(me.id()));
        TwoFactorSetup setup = twoFactor.pendingSetup(me.actor(), site.view().title()).orElse(null);
        model.addAttribute("setup", setup);
        model.addAttribute("qrCode", setup == null ? null : QrCodeSvg.of(setup.otpauthUri(), messages.getMessage("account.security.qrCode")));
        model.addAttribute("sessions", sessions.of(me.id(), request));
        model.addAttribute("required", site.view().twoFactorRequired() && me.actor().isStaff());
        return VIEW;
    }
}
